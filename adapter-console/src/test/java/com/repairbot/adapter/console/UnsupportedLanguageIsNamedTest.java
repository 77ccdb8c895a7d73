package com.repairbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.domain.staff.UserId;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /lang de} says that German is not supported and which languages are, and keeps the language. */
class UnsupportedLanguageIsNamedTest {

    @Test
    void lang_de_names_the_languages_to_choose_and_keeps_russian() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        Core core = Core.builder(ApplicationSettings.defaults(Set.of(new UserId(1)), Set.of()),
                Stores.inMemory(clock, Duration.ofHours(48))).messenger(new ConsoleMessenger(out)).clock(clock)
                .ids(() -> "id").assemble();
        BufferedReader in = new BufferedReader(new StringReader("/lang de\n/start\n/quit\n"));

        new ConsoleChannel(core.engine(), () -> { }, in, out, new UserId(1)).run();

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Язык «de» не поддерживается. Выберите: /lang ru или /lang en.")
                .contains("Главное меню");
    }
}
