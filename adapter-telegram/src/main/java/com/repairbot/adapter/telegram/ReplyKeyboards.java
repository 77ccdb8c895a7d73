package com.repairbot.adapter.telegram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reply keyboards shown, per chat. A reply-keyboard button sends its label as text, so the label of a
 * plain choice is mapped back to the choice's data here; and a chat that still shows a reply keyboard gets
 * it removed with the next plain message. Kept in memory only: after a restart a pressed label arrives as
 * the text it is, which the dialogs handle as typed text.
 */
final class ReplyKeyboards {

    private static final int MAX_CHATS = 10_000;

    private final Map<Long, Map<String, String>> shown = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, String>> eldest) {
            return size() > MAX_CHATS;
        }
    };

    synchronized void shown(long chat, Map<String, String> choicesByLabel) {
        shown.put(chat, Map.copyOf(choicesByLabel));
    }

    synchronized boolean showing(long chat) {
        return shown.containsKey(chat);
    }

    synchronized void removed(long chat) {
        shown.remove(chat);
    }

    /** @return the data of the choice whose button label this text is, when the chat shows such a button */
    synchronized Optional<String> choiceFor(long chat, String text) {
        Map<String, String> choices = shown.get(chat);
        return choices == null ? Optional.empty() : Optional.ofNullable(choices.get(text));
    }
}
