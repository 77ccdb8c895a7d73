package com.repairbot.adapter.console;

import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders neutral messages as terminal text, numbering the options so they can be chosen by number; a document
 * is shown as the path of its file.
 */
final class ConsoleRenderer {

    private ConsoleRenderer() {
    }

    /**
     * @param message the message
     * @param options receives the options in the order of their numbers
     * @return the text to print
     */
    static String render(Outbound message, List<Option> options) {
        StringBuilder out = new StringBuilder();
        out.append(message.text()).append('\n');
        // the export was written to the export folder already: the person is shown where to open it
        message.document().ifPresent(document -> out.append("  📎 ")
                .append(document.file().toAbsolutePath()).append('\n'));
        // an album: each photo by the name that stands for it
        message.photos().forEach(photo -> out.append("  📷 ").append(photo).append('\n'));
        for (List<Option> row : message.options()) {
            List<String> cells = new ArrayList<>();
            for (Option option : row) {
                options.add(option);
                cells.add("[" + options.size() + "] " + option.label() + hint(option));
            }
            out.append("  ").append(String.join("   ", cells)).append('\n');
        }
        return out.toString();
    }

    private static String hint(Option option) {
        return switch (option.kind()) {
            case CHOICE -> "";
            case REQUEST_CONTACT -> " (/contact <phone>)";
            case REQUEST_CHAT -> " (/chat <group id>)";
        };
    }
}
