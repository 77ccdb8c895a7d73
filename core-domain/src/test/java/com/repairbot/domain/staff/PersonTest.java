package com.repairbot.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonTest {

    private static final UserId SERGEY = new UserId(42);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static Person seen(String first, String last, String username) {
        return Person.unknown(SERGEY).seenAs(first, last, username, RUSSIAN);
    }

    @Test
    void a_person_is_shown_by_first_name_and_the_initial_of_the_last() {
        assertThat(seen("Сергей", "Петров", "serg").displayName()).contains("Сергей П.");
    }

    @Test
    void without_a_last_name_the_first_name_alone_and_without_names_the_username() {
        assertThat(seen("Сергей", "", "serg").displayName()).contains("Сергей");
        assertThat(seen("", "", "@serg").displayName()).contains("@serg");
        assertThat(Person.unknown(SERGEY).displayName()).isEmpty();
    }

    @Test
    void the_name_the_office_gave_wins_and_survives_a_refresh_from_the_channel() {
        Person named = seen("Сергей", "Петров", "").named("Сергей Петрович");

        assertThat(named.displayName()).contains("Сергей Петрович");
        assertThat(named.seenAs("Серж", "", "", RUSSIAN).displayName()).contains("Сергей Петрович");
    }

    @Test
    void the_channel_language_follows_the_channel_until_the_person_chooses_one() {
        Person english = seen("Sergey", "", "").seenAs("Sergey", "", "", Locale.ENGLISH);
        assertThat(english.language()).contains(Locale.ENGLISH);

        Person chosen = english.choosing(RUSSIAN);
        assertThat(chosen.seenAs("Sergey", "", "", Locale.ENGLISH).language()).contains(RUSSIAN);
        assertThat(chosen.languageChosen()).isTrue();
    }

    @Test
    void names_are_cleaned_and_cut_to_what_telegram_allows() {
        Person person = new Person(SERGEY, "  Сергей\u200b  ", "x".repeat(100), "", "", Optional.empty(), false);

        assertThat(person.firstName()).isEqualTo("Сергей");
        assertThat(person.lastName()).hasSize(Person.MAX);
    }

    @Test
    void a_person_prints_masked() {
        assertThat(seen("Сергей", "Петров", "").toString()).doesNotContain("Сергей").contains("42");
    }
}
