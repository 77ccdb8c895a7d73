package com.repairbot.application.text;

import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;
import java.util.function.Function;

/**
 * People by name in one reader's language: {@link Person#displayName()} where anything is known, else "user 42"
 * in words (never a bare number). Every screen, card, history line and notification that names a person asks here.
 */
public final class Names {

    private final Function<UserId, Optional<Person>> people;
    private final Messages messages;

    /**
     * @param people   what is known of a person
     * @param messages the reader's language
     */
    public Names(Function<UserId, Optional<Person>> people, Messages messages) {
        this.people = people;
        this.messages = messages;
    }

    /** @return names that know nobody: everyone is "user 42" (for texts that name nobody, and tests) */
    public static Names unknown(Messages messages) {
        return new Names(id -> Optional.empty(), messages);
    }

    /** @return how the person is shown, e.g. {@code Сергей П.} */
    public String of(UserId id) {
        return people.apply(id).flatMap(Person::displayName).orElseGet(() -> messages.get("person.unknown", id.value()));
    }

    /** @return the name with the id, for staff screens where the id is typed elsewhere ({@code /as}, roles) */
    public String withId(UserId id) {
        return people.apply(id).flatMap(Person::displayName)
                .map(name -> messages.get("person.with_id", name, id.value()))
                .orElseGet(() -> messages.get("person.unknown", id.value()));
    }
}
