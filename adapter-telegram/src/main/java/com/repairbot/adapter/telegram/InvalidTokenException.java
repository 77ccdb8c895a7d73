package com.repairbot.adapter.telegram;

/** Telegram refused the bot token (HTTP 401 on {@code getMe}): the bot cannot start. */
public final class InvalidTokenException extends RuntimeException {

    /** The one line the operator sees; it never contains the token. */
    static final String MESSAGE = "the bot token is invalid";

    InvalidTokenException() {
        super(MESSAGE, null, false, false);
    }
}
