package com.repairbot.bootstrap;

/** A configuration value is wrong; the message is one line naming the variable and the problem. */
public final class ConfigurationException extends RuntimeException {

    /** @param message e.g. {@code ADMIN_IDS: "12a" is not a user id (a positive number)} */
    public ConfigurationException(String message) {
        super(message);
    }
}
