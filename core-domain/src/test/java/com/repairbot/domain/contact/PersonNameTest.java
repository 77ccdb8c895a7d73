package com.repairbot.domain.contact;

import static com.repairbot.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonNameTest {

    @Test
    void refuses_a_single_character() {
        assertRefused(() -> new PersonName("И"), "name.length", 2, 200);
    }

    @Test
    void accepts_two_characters() {
        assertThat(new PersonName("Ли").value()).isEqualTo("Ли");
    }

    @Test
    void accepts_two_hundred_characters() {
        assertThat(new PersonName("а".repeat(200)).value()).hasSize(200);
    }

    @Test
    void refuses_two_hundred_and_one_characters() {
        assertRefused(() -> new PersonName("а".repeat(201)), "name.length", 2, 200);
    }

    @Test
    void refuses_nothing_at_all() {
        assertRefused(() -> new PersonName(null), "name.length", 2, 200);
        assertRefused(() -> new PersonName("   "), "name.length", 2, 200);
    }

    @Test
    void collapses_the_spaces_between_words() {
        assertThat(new PersonName("  Иванов \t  Иван\n Иванович ").value()).isEqualTo("Иванов Иван Иванович");
    }

    @Test
    void prints_masked() {
        PersonName name = new PersonName("Иванов Иван");

        assertThat(name.masked()).isEqualTo("И***в И***");
        assertThat(name).hasToString("И***в И***");
    }
}
