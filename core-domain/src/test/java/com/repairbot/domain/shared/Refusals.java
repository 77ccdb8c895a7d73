package com.repairbot.domain.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a value object refused its input with a given code (and arguments). */
public final class Refusals {

    private Refusals() {
    }

    /** The call must throw {@link InvalidValueException} with this code and exactly these arguments. */
    public static void assertRefused(ThrowingCallable call, String code, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
            org.assertj.core.api.Assertions.assertThat(e.arguments()).containsExactly(arguments);
        });
    }
}
