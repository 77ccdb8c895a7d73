package com.repairbot.application.port.out;

/** A message could not be sent. */
public final class DeliveryException extends RuntimeException {

    private final boolean permanent;

    /**
     * @param message   what went wrong (never the bot token or personal data)
     * @param permanent whether retrying cannot help (e.g. the user blocked the bot)
     */
    public DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    /** @return whether retrying cannot help */
    public boolean permanent() {
        return permanent;
    }
}
