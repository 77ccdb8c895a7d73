package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.staff.Actor;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * What a step or a flow's finish sees: who is talking, in which language, the answers so far and the
 * current time in the business zone.
 *
 * @param actor    the person, with the roles the server found
 * @param inbound  the message being handled
 * @param messages their language
 * @param data     the stored form of the answers so far (by step id) and of the dialog's internal values (names
 *                 starting with {@code _}); read and written through typed {@link Key}s
 * @param now      the current time in the business time zone
 */
record DialogContext(Actor actor, Inbound inbound, Messages messages, Map<String, String> data, ZonedDateTime now) {

    /** @return the answer of that step, if given */
    Optional<String> answer(String key) {
        return Optional.ofNullable(data.get(key));
    }

    /** @return the answer of that step, which must have been given */
    String required(String key) {
        String value = data.get(key);
        if (value == null) {
            throw new IllegalStateException("dialog data lacks " + key);
        }
        return value;
    }

    /** @return the value at that key, if there is one (rebuilt by its codec, not validated again) */
    <T> Optional<T> find(Key<T> key) {
        return Optional.ofNullable(data.get(key.name())).map(key.codec()::read);
    }

    /** @return the value at that key, which must be there */
    <T> T get(Key<T> key) {
        return key.codec().read(required(key.name()));
    }

    /** Keeps a value at that key. */
    <T> void put(Key<T> key, T value) {
        data.put(key.name(), key.codec().write(value));
    }

    /** Forgets the value at that key. */
    void remove(Key<?> key) {
        data.remove(key.name());
    }
}
