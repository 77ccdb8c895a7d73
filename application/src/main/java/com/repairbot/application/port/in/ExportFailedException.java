package com.repairbot.application.port.in;

/** An export file could not be written (a full disk, a missing folder); nothing was sent. */
public final class ExportFailedException extends RuntimeException {

    /**
     * @param message what went wrong (no personal data)
     * @param cause   the failure
     */
    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
