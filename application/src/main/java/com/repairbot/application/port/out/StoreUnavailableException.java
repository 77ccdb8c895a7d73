package com.repairbot.application.port.out;

/**
 * A store could not be reached (Redis down, disk failing). The user is told to try again in a minute;
 * nothing falls back silently to memory.
 */
public final class StoreUnavailableException extends RuntimeException {

    /**
     * @param message what was unavailable (never a password or personal data)
     * @param cause   the adapter's error
     */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
