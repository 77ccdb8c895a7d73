package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.Keyboard;
import com.pengrad.telegrambot.utility.BotUtils;

/**
 * The JSON body of a Bot API call, written straight into a string (ADR 0032): no request object, no reflection,
 * no form encoding. An inline keyboard (every dialog's buttons) is written here too; any other keyboard (a reply
 * keyboard, its removal: a few per dialog at most) by pengrad's own serializer, as pengrad would send it.
 */
final class JsonBody {

    private final StringBuilder out = new StringBuilder(256).append('{');

    JsonBody field(String name, long value) {
        name(name).append(value);
        return this;
    }

    JsonBody field(String name, String value) {
        string(name(name), value);
        return this;
    }

    JsonBody field(String name, boolean value) {
        name(name).append(value);
        return this;
    }

    /** {@code reply_markup}, when there is a keyboard. */
    JsonBody markup(Keyboard keyboard) {
        if (keyboard == null) {
            return this;
        }
        StringBuilder to = name("reply_markup");
        if (keyboard instanceof InlineKeyboardMarkup inline && plain(inline)) {
            to.append("{\"inline_keyboard\":[");
            InlineKeyboardButton[][] rows = inline.inlineKeyboard();
            for (int r = 0; r < rows.length; r++) {
                to.append(r == 0 ? "[" : ",[");
                for (int b = 0; b < rows[r].length; b++) {
                    if (b > 0) {
                        to.append(',');
                    }
                    string(to.append("{\"text\":"), rows[r][b].text());
                    string(to.append(",\"callback_data\":"), rows[r][b].callbackData()).append('}');
                }
                to.append(']');
            }
            to.append("]}");
        } else {
            to.append(BotUtils.toJson(keyboard));
        }
        return this;
    }

    /** @return whether every button only has a text and callback data (what the renderer makes) */
    private static boolean plain(InlineKeyboardMarkup inline) {
        for (InlineKeyboardButton[] row : inline.inlineKeyboard()) {
            for (InlineKeyboardButton button : row) {
                if (button.text() == null || button.callbackData() == null || button.url() != null
                        || button.webApp() != null || button.loginUrl() != null || button.copyText() != null
                        || button.switchInlineQuery() != null || button.switchInlineQueryCurrentChat() != null
                        || button.switchInlineQueryChosenChat() != null || button.callbackGame() != null
                        || button.getPay() != null || button.iconCustomEmojiId() != null) {
                    return false;
                }
            }
        }
        return true;
    }

    String json() {
        return out.append('}').toString();
    }

    private StringBuilder name(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        return out.append('"').append(name).append("\":");
    }

    /** Appends a JSON string: quotes, backslashes and control characters escaped, everything else as it is. */
    static StringBuilder string(StringBuilder to, String value) {
        to.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> to.append("\\\"");
                case '\\' -> to.append("\\\\");
                case '\n' -> to.append("\\n");
                case '\r' -> to.append("\\r");
                case '\t' -> to.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        to.append(String.format("\\u%04x", (int) c));
                    } else {
                        to.append(c);
                    }
                }
            }
        }
        return to.append('"');
    }
}
