package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.Keyboard;
import com.pengrad.telegrambot.model.request.KeyboardButton;
import com.pengrad.telegrambot.model.request.KeyboardButtonRequestChat;
import com.pengrad.telegrambot.model.request.ReplyKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ReplyKeyboardRemove;
import com.repairbot.application.conversation.Document;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a neutral {@link Outbound} into the Telegram messages that show it: the text escaped for HTML and
 * split under 4096 characters, buttons as an inline keyboard (plain choices) or a reply keyboard (when a
 * contact or a chat is to be shared: Telegram allows those buttons only there), the keyboard removed when
 * asked, and a replacement as an edit of the message whose button was pressed.
 */
final class TelegramRenderer {

    /** The {@code request_id} of the "choose a chat" button; the answer ({@code chat_shared}) carries it back. */
    static final int CHAT_REQUEST_ID = 1;
    /** Telegram's limit for the caption of a document. */
    static final int MAX_CAPTION = 1024;

    private final ReplyKeyboards keyboards;

    TelegramRenderer(ReplyKeyboards keyboards) {
        this.keyboards = keyboards;
    }

    /**
     * One Telegram message to send, or to edit into.
     *
     * @param html          the text, escaped
     * @param keyboard      its keyboard; {@code null} for none
     * @param editMessageId the message to edit instead of sending a new one
     * @param document      a file to send with {@code html} as its caption ({@code sendDocument})
     */
    record Piece(String html, Keyboard keyboard, OptionalInt editMessageId, Optional<Document> document,
                 List<String> album) {

        Piece {
            album = List.copyOf(album);
        }

        Piece(String html, Keyboard keyboard, OptionalInt editMessageId, Optional<Document> document) {
            this(html, keyboard, editMessageId, document, List.of());
        }

        Piece(String html, Keyboard keyboard, OptionalInt editMessageId) {
            this(html, keyboard, editMessageId, Optional.empty());
        }
    }

    /**
     * @param chat      where it goes
     * @param message   what to show
     * @param replacing the message it may replace (the one whose button was pressed), when it is a replacement
     * @return the messages in order (the keyboard on the last); empty for a blank text without buttons
     */
    List<Piece> render(long chat, Outbound message, OptionalInt replacing) {
        if (message.document().isPresent()) {
            return document(chat, message, message.document().get());
        }
        if (!message.photos().isEmpty()) {
            // an album is a new message with a short caption and no buttons (Telegram allows none on one)
            String caption = TelegramText.html(TelegramText.split(message.text(), MAX_CAPTION).getFirst());
            return List.of(new Piece(caption, null, OptionalInt.empty(), Optional.empty(), message.photos()));
        }
        List<String> parts = TelegramText.split(message.text(), TelegramText.MAX_LENGTH);
        Keyboard keyboard = keyboard(chat, message);
        if (parts.isEmpty()) {
            if (keyboard == null) {
                return List.of();
            }
            parts = List.of("…"); // Telegram refuses an empty text, and buttons need a message
        }
        boolean editable = message.replacing() && replacing.isPresent() && parts.size() == 1
                && (keyboard == null || keyboard instanceof InlineKeyboardMarkup);
        if (!editable && keyboard == null && keyboards.showing(chat)) {
            keyboard = new ReplyKeyboardRemove(); // a plain new message takes away a reply keyboard left over
            keyboards.removed(chat);
        }
        List<Piece> pieces = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            pieces.add(new Piece(TelegramText.html(parts.get(i)), last ? keyboard : null,
                    editable ? replacing : OptionalInt.empty()));
        }
        return pieces;
    }

    /**
     * A document is always a new message (Telegram cannot edit a text into a file); its caption holds at most
     * {@value #MAX_CAPTION} characters, and a longer text follows as messages of its own.
     */
    private List<Piece> document(long chat, Outbound message, Document document) {
        List<String> parts = TelegramText.split(message.text(), MAX_CAPTION);
        Keyboard keyboard = keyboard(chat, message);
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(parts.isEmpty() ? "" : TelegramText.html(parts.getFirst()),
                parts.size() <= 1 ? keyboard : null, OptionalInt.empty(), Optional.of(document)));
        for (int i = 1; i < parts.size(); i++) {
            pieces.add(new Piece(TelegramText.html(parts.get(i)), i == parts.size() - 1 ? keyboard : null,
                    OptionalInt.empty()));
        }
        return pieces;
    }

    private Keyboard keyboard(long chat, Outbound message) {
        return switch (message.presentation()) {
            case NONE -> null;
            case REMOVE_KEYBOARD -> {
                keyboards.removed(chat);
                yield new ReplyKeyboardRemove();
            }
            case INLINE -> onlyChoices(message.options()) ? inline(message.options()) : reply(chat, message.options());
            case REPLY_KEYBOARD -> reply(chat, message.options());
        };
    }

    /** Loops, not streams: rendered for every reply on the lanes, where C1's streams showed (ADR 0037). */
    private static boolean onlyChoices(List<List<Option>> rows) {
        for (List<Option> row : rows) {
            for (Option option : row) {
                if (option.kind() != Option.Kind.CHOICE) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Keyboard inline(List<List<Option>> rows) {
        List<InlineKeyboardButton[]> buttons = new ArrayList<>(rows.size());
        for (List<Option> row : rows) {
            if (!row.isEmpty()) {
                InlineKeyboardButton[] line = new InlineKeyboardButton[row.size()];
                for (int i = 0; i < line.length; i++) {
                    Option option = row.get(i);
                    line[i] = new InlineKeyboardButton(label(option)).callbackData(option.data());
                }
                buttons.add(line);
            }
        }
        return buttons.isEmpty() ? null : new InlineKeyboardMarkup(buttons.toArray(InlineKeyboardButton[][]::new));
    }

    private Keyboard reply(long chat, List<List<Option>> rows) {
        Map<String, String> choices = new LinkedHashMap<>();
        List<KeyboardButton[]> buttons = new ArrayList<>();
        for (List<Option> row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            buttons.add(row.stream().map(option -> {
                KeyboardButton button = new KeyboardButton(label(option));
                switch (option.kind()) {
                    case CHOICE -> choices.putIfAbsent(label(option), option.data());
                    case REQUEST_CONTACT -> button.requestContact(true);
                    // a group the bot is in: it must post the request cards there
                    case REQUEST_CHAT -> button.requestChat(new KeyboardButtonRequestChat(CHAT_REQUEST_ID, false)
                            .botIsMember(true));
                }
                return button;
            }).toArray(KeyboardButton[]::new));
        }
        if (buttons.isEmpty()) {
            return null;
        }
        keyboards.shown(chat, choices);
        return new ReplyKeyboardMarkup(buttons.toArray(KeyboardButton[][]::new)).resizeKeyboard(true)
                .oneTimeKeyboard(true);
    }

    private static String label(Option option) {
        return option.label().isBlank() ? "·" : option.label();
    }
}
