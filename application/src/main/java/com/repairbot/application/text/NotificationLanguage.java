package com.repairbot.application.text;

import com.repairbot.application.port.out.Staff;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;

/**
 * The language rule for what the bot says unasked (notifications, request cards in work groups, pushed reports),
 * ADR 0028: a person's private chat in the language that person reads (the one they chose with {@code /lang}, else
 * their channel's); a technician's work group in its technician's language; any other chat (the staff group, read
 * by the whole office) and anyone of whom no language is known in the company's language, Russian. A reply
 * follows the language of the person who wrote ({@link Messages#forLanguage}).
 */
public final class NotificationLanguage {

    private final Staff staff;

    /** @param staff people and their languages, technicians and their work groups */
    public NotificationLanguage(Staff staff) {
        this.staff = staff;
    }

    /**
     * @param recipient the chat the message goes to
     * @return the texts to write it with
     */
    public Messages of(ChatId recipient) {
        Optional<UserId> reader = recipient.value() > 0 ? Optional.of(new UserId(recipient.value()))
                : staff.technicians().stream().filter(t -> t.workGroup().filter(recipient::equals).isPresent())
                        .findFirst().map(t -> t.id());
        return Messages.forLanguage(reader.flatMap(staff::person).flatMap(Person::language)
                .orElse(Messages.RUSSIAN));
    }

    /** @return people by name, in the language of that chat */
    public Names names(ChatId recipient) {
        return new Names(staff::person, of(recipient));
    }
}
