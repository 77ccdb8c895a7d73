package com.repairbot.application.conversation;

import java.util.List;
import java.util.Objects;

/**
 * A message the product sends: plain text (the channel escapes it for its format and splits it when too
 * long), optional rows of options and how to present them.
 *
 * @param text         the text, plain
 * @param options      rows of options; empty when none
 * @param presentation how the options are shown
 * @param replacing    whether this replaces the message whose option was just chosen instead of being new
 */
public record Outbound(String text, List<List<Option>> options, Presentation presentation, boolean replacing) {

    /** How options are presented. */
    public enum Presentation {
        /** Buttons attached to the message (Telegram inline keyboard). */
        INLINE,
        /** Buttons in place of the keyboard (Telegram reply keyboard), e.g. to share a contact. */
        REPLY_KEYBOARD,
        /** No options; an earlier reply keyboard is removed. */
        REMOVE_KEYBOARD,
        /** No options, nothing else changed. */
        NONE
    }

    public Outbound {
        Objects.requireNonNull(text, "text");
        options = options.stream().map(List::copyOf).toList();
        Objects.requireNonNull(presentation, "presentation");
    }

    /** @return a plain new message */
    public static Outbound text(String text) {
        return new Outbound(text, List.of(), Presentation.NONE, false);
    }

    /** @return a new message with buttons */
    public static Outbound withOptions(String text, List<List<Option>> rows) {
        return new Outbound(text, rows, rows.isEmpty() ? Presentation.NONE : Presentation.INLINE, false);
    }

    /** @return this message, replacing the one whose option was chosen */
    public Outbound asReplacement() {
        return new Outbound(text, options, presentation, true);
    }
}
