package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.Update;

/** The {@code kind} label of {@link ChannelEvents}: what sort of update came in. */
final class UpdateKind {

    static final String MESSAGE = "message";
    static final String CALLBACK_QUERY = "callback_query";
    static final String OTHER = "other";

    private UpdateKind() {
    }

    static String of(Update update) {
        if (update.callbackQuery() != null) {
            return CALLBACK_QUERY;
        }
        return update.message() != null ? MESSAGE : OTHER;
    }

    static String of(UpdateMapper.Incoming incoming) {
        return incoming.callbackId().isPresent() ? CALLBACK_QUERY : MESSAGE;
    }
}
