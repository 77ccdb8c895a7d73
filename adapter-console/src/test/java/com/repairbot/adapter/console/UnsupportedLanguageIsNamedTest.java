package com.repairbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.assembly.Stores;
import com.repairbot.application.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code /lang de} says that German is not supported and which languages are, and keeps the language. */
class UnsupportedLanguageIsNamedTest {

    @Test
    void lang_de_names_the_languages_to_choose_and_keeps_russian() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        String screen = Terminal.run(Stores.inMemory(clock, Duration.ofHours(48)), clock, "/lang de", "/start");

        assertThat(screen)
                .contains("Язык «de» не поддерживается. Выберите: /lang ru или /lang en.")
                .contains("Главное меню");
    }
}
