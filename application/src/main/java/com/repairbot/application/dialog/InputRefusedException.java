package com.repairbot.application.dialog;

import java.util.List;

/** An answer that is not a value at all (a photo where text was asked, an unknown button). */
final class InputRefusedException extends RuntimeException {

    private final String key;
    private final transient List<Object> arguments;

    InputRefusedException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.toArray();
    }
}
