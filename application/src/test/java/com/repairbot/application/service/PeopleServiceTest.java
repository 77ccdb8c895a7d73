package com.repairbot.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Profile;
import com.repairbot.application.memory.InMemoryStaff;
import com.repairbot.application.port.in.ChooseLanguageCommand;
import com.repairbot.application.port.out.Staff;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Names and languages are refreshed from every message, yet written only when they change: the per-update cost
 * stays one cached read (ADR 0028).
 */
class PeopleServiceTest {

    private static final UserId SERGEY = new UserId(300);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final List<Person> written = new ArrayList<>();
    private final PeopleService people = new PeopleService(new CountingStaff(new InMemoryStaff(), written));

    private static Inbound from(Profile profile, Locale language) {
        return new Inbound(new ChatId(SERGEY.value()), SERGEY, language, new Input.Text("привет")).from(profile);
    }

    @Test
    void the_same_names_and_language_again_write_nothing() {
        Profile sergey = new Profile("Сергей", "Петров", "serg");

        for (int i = 0; i < 5; i++) {
            people.recognise(from(sergey, RUSSIAN));
        }

        assertThat(written).hasSize(1);
        assertThat(people.person(SERGEY).orElseThrow().displayName()).contains("Сергей П.");
    }

    @Test
    void a_new_name_or_a_new_channel_language_is_written_once() {
        people.recognise(from(new Profile("Сергей", "Петров", ""), RUSSIAN));
        people.recognise(from(new Profile("Серж", "Петров", ""), RUSSIAN));
        people.recognise(from(new Profile("Серж", "Петров", ""), Locale.forLanguageTag("en-GB")));
        people.recognise(from(new Profile("Серж", "Петров", ""), Locale.ENGLISH)); // the same language

        assertThat(written).hasSize(3);
        assertThat(written.getLast().language()).contains(Locale.ENGLISH);
    }

    @Test
    void a_channel_that_names_nobody_keeps_the_names_known() {
        people.recognise(from(new Profile("Сергей", "Петров", ""), RUSSIAN));

        people.recognise(new Inbound(new ChatId(SERGEY.value()), SERGEY, RUSSIAN, new Input.Text("x")));

        assertThat(written).hasSize(1);
        assertThat(people.person(SERGEY).orElseThrow().firstName()).isEqualTo("Сергей");
    }

    @Test
    void the_chosen_language_wins_over_the_channels_and_the_answer_follows_it() {
        people.chooseLanguage(new ChooseLanguageCommand(SERGEY, Locale.ENGLISH));

        Inbound answered = people.recognise(from(new Profile("Сергей", "", ""), RUSSIAN));

        assertThat(answered.language()).isEqualTo(Locale.ENGLISH);
        assertThat(people.person(SERGEY).orElseThrow().language()).contains(Locale.ENGLISH);
    }

    @Test
    void a_language_without_texts_is_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> people.chooseLanguage(new ChooseLanguageCommand(SERGEY, Locale.GERMAN)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("language.unsupported");

        assertThat(written).isEmpty();
    }

    /** The in-memory staff, noting every person written. */
    private record CountingStaff(Staff delegate, List<Person> written) implements Staff {

        @Override
        public Set<Role> grantedRoles(UserId user) {
            return delegate.grantedRoles(user);
        }

        @Override
        public void grant(UserId user, Role role) {
            delegate.grant(user, role);
        }

        @Override
        public void revoke(UserId user, Role role) {
            delegate.revoke(user, role);
        }

        @Override
        public List<UserId> withRole(Role role) {
            return delegate.withRole(role);
        }

        @Override
        public Optional<Technician> technician(UserId id) {
            return delegate.technician(id);
        }

        @Override
        public void saveTechnician(Technician technician) {
            delegate.saveTechnician(technician);
        }

        @Override
        public List<Technician> technicians() {
            return delegate.technicians();
        }

        @Override
        public Optional<Person> person(UserId id) {
            return delegate.person(id);
        }

        @Override
        public void savePerson(Person person) {
            written.add(person);
            delegate.savePerson(person);
        }
    }
}
