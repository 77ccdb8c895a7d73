package com.repairbot.domain.shared;

import java.util.List;

/**
 * A value was refused by its value object. Carries a stable {@link #code()} (for example
 * {@code phone.invalid}) and its arguments, so that a channel can explain the problem in the user's
 * language; the exception message itself is English and never contains the refused value.
 */
public final class InvalidValueException extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    /**
     * @param code      stable message code, {@code <field>.<problem>}
     * @param arguments values for the message placeholders (limits, never the refused input)
     */
    public InvalidValueException(String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.code = code;
        this.arguments = List.of(arguments);
    }

    /** @return the stable message code, e.g. {@code description.length} */
    public String code() {
        return code;
    }

    /** @return the placeholder values of the message, e.g. the minimum and maximum length */
    public List<Object> arguments() {
        return arguments;
    }
}
