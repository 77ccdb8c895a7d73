package com.repairbot.application.dialog;

import java.util.Objects;

/**
 * A typed place in a dialog's data: either a step's <b>answer</b> (named by the step id, offered by Edit, cleared by
 * Skip) or an <b>internal</b> value the dialog keeps for itself (the request it is about, an idempotency key, the
 * instance id), whose name starts with {@code _} so that it can never be taken for an answer. Both are stored in the
 * same map of strings as before, through the key's {@link Codec}.
 *
 * @param name     the stored name: a step id, or {@code _…} for an internal value
 * @param codec    how the value is stored
 * @param internal whether this is an internal value rather than an answer
 * @param <T>      the value's type
 */
record Key<T>(String name, Codec<T> codec, boolean internal) {

    Key {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(codec, "codec");
        if (name.startsWith("_") != internal) {
            throw new IllegalArgumentException(internal ? "an internal key starts with _: " + name
                    : "an answer is named by its step id, never _…: " + name);
        }
    }

    /** @return the key of a step's answer */
    static <T> Key<T> answer(String step, Codec<T> codec) {
        return new Key<>(step, codec, false);
    }

    /** @return the key of a value the dialog keeps for itself; its name starts with {@code _} */
    static <T> Key<T> internal(String name, Codec<T> codec) {
        return new Key<>(name, codec, true);
    }
}
