package com.repairbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code /lang de} says that German is not supported and which languages are, and keeps the language. */
class UnsupportedLanguageIsNamedTest {

    @Test
    void lang_de_names_the_languages_to_choose_and_keeps_russian() throws IOException {
        String screen = new Terminal().run("/lang de", "/start");

        assertThat(screen)
                .contains("Язык «de» не поддерживается. Выберите: /lang ru или /lang en.")
                .contains("Главное меню");
    }
}
