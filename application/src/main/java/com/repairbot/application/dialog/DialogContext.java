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
 * @param data     the answers so far, by step id; internal values start with {@code _}
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
}
