package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Regression: a note of 500 characters added to 600 written was refused with "Notes: at most 1000 characters",
 * which a person reads as a limit of one note. The refusal says that all the notes together are limited and how
 * much still fits.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotesLimitMessageSaysTotalTest {

    private final DialogDriver bot = new DialogDriver();

    private long requestWith600CharactersOfNotes() {
        long number = bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:" + number + ":notes");
        bot.send(DISPATCHER, "а".repeat(600));
        bot.press(DISPATCHER, "r:" + number + ":notes");
        return number;
    }

    @Test
    void the_refusal_in_russian_says_the_total_is_limited_and_what_still_fits() {
        long number = requestWith600CharactersOfNotes();

        bot.send(DISPATCHER, "б".repeat(500));

        assertThat(bot.allText()).contains(
                "Все заметки заявки вместе — не больше 1000 символов: уже записано 600, можно добавить ещё 399.");
        assertThat(bot.request(number).notes().orElseThrow().value()).hasSize(600);
    }

    @Test
    void the_refusal_in_english_says_the_same() {
        bot.speaking(Locale.ENGLISH);
        requestWith600CharactersOfNotes();

        bot.send(DISPATCHER, "b".repeat(500));

        assertThat(bot.allText()).contains(
                "All the notes of a request together may hold at most 1000 characters: 600 are written, 399 more fit.");
    }

    @Test
    void the_prompt_already_says_the_limit_is_for_all_notes_together() {
        bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:1:notes");

        assertThat(bot.lastText()).contains("все заметки заявки вместе — до 1000 символов");
    }
}
