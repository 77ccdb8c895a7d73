package com.repairbot.application.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message the product sends: plain text (the channel escapes it for its format and splits it when too
 * long), optional rows of options and how to present them.
 *
 * @param text         the text, plain
 * @param options      rows of options; empty when none
 * @param presentation how the options are shown
 * @param replacing    whether this replaces the message whose option was just chosen instead of being new
 * @param document     a file sent with the text as its caption; empty for a plain message
 * @param expectsText  whether the message asks for a typed answer: what the person types next is the value, even
 *                     when it looks like a number (a channel that chooses options by number must not take it as
 *                     one); its options are then only navigation (Back, Skip, Cancel)
 * @param photos       an album: photos by the channel's own references, the text their caption; empty when none
 */
public record Outbound(String text, List<List<Option>> options, Presentation presentation, boolean replacing,
                       Optional<Document> document, boolean expectsText, List<String> photos) {

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
        Objects.requireNonNull(document, "document");
        photos = List.copyOf(photos);
    }

    /** A message without photos. */
    public Outbound(String text, List<List<Option>> options, Presentation presentation, boolean replacing,
                    Optional<Document> document, boolean expectsText) {
        this(text, options, presentation, replacing, document, expectsText, List.of());
    }

    /** A message that does not ask for a typed answer. */
    public Outbound(String text, List<List<Option>> options, Presentation presentation, boolean replacing,
                    Optional<Document> document) {
        this(text, options, presentation, replacing, document, false);
    }

    /** A message without a document. */
    public Outbound(String text, List<List<Option>> options, Presentation presentation, boolean replacing) {
        this(text, options, presentation, replacing, Optional.empty());
    }

    /** @return a new message carrying a file, with {@code caption} as its text */
    public static Outbound document(Document document, String caption) {
        return document(document, caption, List.of());
    }

    /** @return a new message carrying a file, with {@code caption} as its text and buttons under it */
    public static Outbound document(Document document, String caption, List<List<Option>> rows) {
        return new Outbound(caption, rows, rows.isEmpty() ? Presentation.NONE : Presentation.INLINE, false,
                Optional.of(document));
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
    /**
     * An album of photos kept by the channel's own references (Telegram's {@code file_id}: sent on, never downloaded),
     * with the text as its caption.
     */
    public static Outbound album(List<String> photos, String caption) {
        if (photos.isEmpty()) {
            throw new IllegalArgumentException("an album has at least one photo");
        }
        return new Outbound(caption, List.of(), Presentation.NONE, false, Optional.empty(), false, photos);
    }

    public Outbound asReplacement() {
        return new Outbound(text, options, presentation, true, document, expectsText, photos);
    }

    /** @return this message, asking for a typed answer */
    public Outbound expectingText() {
        return new Outbound(text, options, presentation, replacing, document, true, photos);
    }
}
