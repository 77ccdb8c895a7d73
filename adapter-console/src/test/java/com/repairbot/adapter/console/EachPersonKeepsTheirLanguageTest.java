package com.repairbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.staff.UserId;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The terminal's {@code /lang} switches its own words and sets the acting person's language, which the application
 * keeps (ADR 0028): another person choosing Russian afterwards does not change it.
 */
class EachPersonKeepsTheirLanguageTest {

    private final Terminal terminal = new Terminal();

    @Test
    void the_admin_keeps_english_after_the_dispatcher_chose_russian() throws IOException {
        String screen = terminal.run("/lang en", "/as 2 Мария Иванова", "/lang ru", "/as 1", "/start", "/quit");

        assertThat(screen).contains("Done: I write to you in English now", "Готово: теперь я пишу вам по-русски");
        assertThat(screen.substring(screen.lastIndexOf("действуете как пользователь 1."))).contains("Main menu")
                .doesNotContain("Главное меню"); // the terminal speaks Russian again, the admin reads English
        assertThat(terminal.staff().person(new UserId(1)).orElseThrow().language()).contains(Locale.ENGLISH);
        assertThat(terminal.staff().person(new UserId(2)).orElseThrow().displayName()).contains("Мария И.");
    }
}
