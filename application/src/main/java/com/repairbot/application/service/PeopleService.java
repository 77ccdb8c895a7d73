package com.repairbot.application.service;

import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.port.in.ChooseLanguageCommand;
import com.repairbot.application.port.in.ChooseLanguageUseCase;
import com.repairbot.application.port.in.FindPersonUseCase;
import com.repairbot.application.port.in.RecognisePersonUseCase;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Optional;

/**
 * People by name and language (ADR 0028): what their channel says of them is kept when it changes, the language
 * they chose wins over their channel's, and everyone who shows a person asks here.
 */
public final class PeopleService implements RecognisePersonUseCase, ChooseLanguageUseCase, FindPersonUseCase {

    private final Staff staff;

    /** @param staff where people are kept (read from memory while nothing changed, see the stores) */
    public PeopleService(Staff staff) {
        this.staff = staff;
    }

    @Override
    public Inbound recognise(Inbound inbound) {
        Person known = staff.person(inbound.user()).orElseGet(() -> Person.unknown(inbound.user()));
        Locale channel = languageOnly(inbound.language());
        if (unchanged(known, inbound, channel)) {
            // the usual case, every update: nothing to clean, build or compare (a tenth of the lanes' samples)
            Locale reads = known.language().orElse(inbound.language());
            return reads.equals(inbound.language()) ? inbound : inbound.inLanguage(reads);
        }
        Person seen = inbound.profile()
                .map(p -> known.seenAs(p.firstName(), p.lastName(), p.username(), channel))
                .orElseGet(() -> known.seenAs(known.firstName(), known.lastName(), known.username(), channel));
        if (!seen.equals(known)) {
            staff.savePerson(seen); // only a change is written: a name or a language moves a few times a year
        }
        Locale reads = seen.language().orElse(inbound.language());
        return reads.equals(inbound.language()) ? inbound : inbound.inLanguage(reads);
    }

    /** @return the language alone; the locale itself when it is nothing more (the usual case: no new Locale) */
    private static Locale languageOnly(Locale locale) {
        return locale.getCountry().isEmpty() && locale.getVariant().isEmpty() && locale.getScript().isEmpty()
                && !locale.hasExtensions() ? locale : Locale.of(locale.getLanguage());
    }

    /** Whether what Telegram says of them now is what is stored, word for word (stored names are clean already). */
    private static boolean unchanged(Person known, Inbound inbound, Locale channel) {
        boolean sameLanguage = known.languageChosen() || known.language().filter(channel::equals).isPresent();
        return sameLanguage && inbound.profile().map(p -> p.firstName().equals(known.firstName())
                && p.lastName().equals(known.lastName()) && p.username().equals(known.username())).orElse(true);
    }

    @Override
    public void chooseLanguage(ChooseLanguageCommand command) {
        if (!Messages.supports(command.language())) {
            throw new InvalidValueException("language.unsupported", command.language().getLanguage());
        }
        Person known = staff.person(command.actor()).orElseGet(() -> Person.unknown(command.actor()));
        staff.savePerson(known.choosing(Locale.forLanguageTag(command.language().getLanguage())));
    }

    @Override
    public Optional<Person> person(UserId id) {
        return staff.person(id);
    }
}
