package com.repairbot.adapter.redis;

/**
 * Keeps the Redis password out of messages and stack traces. Lettuce's own messages do not carry it, but a
 * server's error may repeat what it was sent; so whatever goes up to the application is checked.
 */
final class Redaction {

    private static final String MASK = "******";

    private final String secret;

    /** @param secret the password; empty when there is none */
    Redaction(String secret) {
        this.secret = secret;
    }

    /** @return the failure's class and message, the password masked */
    String message(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + mask(message));
    }

    /** @return the failure itself when no message in its chain holds the password, else a masked copy */
    Throwable cause(Throwable failure) {
        return leaks(failure) ? masked(failure) : failure;
    }

    private boolean leaks(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (holdsSecret(t.getMessage()) || holdsSecret(t.toString())) {
                return true;
            }
        }
        return false;
    }

    private Throwable masked(Throwable failure) {
        Throwable cause = failure.getCause() == null || failure.getCause() == failure ? null
                : masked(failure.getCause());
        RuntimeException copy = new RuntimeException(failure.getClass().getName() + ": "
                + mask(String.valueOf(failure.getMessage())), cause);
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    private boolean holdsSecret(String text) {
        return !secret.isEmpty() && text != null && text.contains(secret);
    }

    private String mask(String text) {
        return secret.isEmpty() ? text : text.replace(secret, MASK);
    }
}
