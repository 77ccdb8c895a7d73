package com.repairbot.adapter.console;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.domain.staff.ChatId;
import java.io.PrintStream;
import java.util.ArrayList;

/** Prints notifications for other chats in the terminal, marked with the chat they are for. */
public final class ConsoleMessenger implements Messenger {

    private final PrintStream out;

    /** @param out where to print */
    public ConsoleMessenger(PrintStream out) {
        this.out = out;
    }

    @Override
    public void send(ChatId chat, Outbound message) {
        String text = ConsoleRenderer.render(message, new ArrayList<>());
        out.print("📨 → " + chat + "\n" + text.indent(4));
        out.flush();
    }
}
