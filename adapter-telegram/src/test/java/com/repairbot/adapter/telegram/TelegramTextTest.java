package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramTextTest {

    @Test
    void markup_characters_are_escaped_and_nothing_else_changes() {
        assertThat(TelegramText.html("<b>Иванов</b> & \"сын\" 'x'"))
                .isEqualTo("&lt;b&gt;Иванов&lt;/b&gt; &amp; \"сын\" 'x'");
    }

    @Test
    void a_short_text_is_one_part() {
        assertThat(TelegramText.split("a\nb", 4096)).containsExactly("a\nb");
    }

    @Test
    void blank_text_gives_no_part() {
        assertThat(TelegramText.split("  \n ", 4096)).isEmpty();
    }

    @Test
    void long_text_is_split_at_line_ends_under_the_limit() {
        String line = "x".repeat(30);
        String text = String.join("\n", java.util.Collections.nCopies(10, line)); // 10 lines, 309 chars
        List<String> parts = TelegramText.split(text, 100);
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(100));
        assertThat(parts).allSatisfy(part -> assertThat(part).doesNotStartWith("\n").doesNotEndWith("\n"));
        assertThat(String.join("\n", parts)).isEqualTo(text);
    }

    @Test
    void a_line_longer_than_the_limit_is_cut_hard_but_never_inside_a_surrogate_pair() {
        String text = "a".repeat(9) + "😀" + "b".repeat(20); // the emoji straddles position 10
        List<String> parts = TelegramText.split(text, 10);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(10);
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
        });
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void a_text_of_exactly_the_limit_is_one_part() {
        assertThat(TelegramText.split("y".repeat(4096), TelegramText.MAX_LENGTH)).hasSize(1);
        assertThat(TelegramText.split("y".repeat(4097), TelegramText.MAX_LENGTH)).hasSize(2);
    }
}
