package com.repairbot.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one codec of option data: every form renders and parses back, and the text forms stay as they were. */
class CallbackDataTest {

    @Test
    void every_form_renders_as_before_and_parses_back() {
        List<CallbackData> all = List.of(
                new CallbackData.DialogAnswer("abc123", 4, "~confirm"),
                new CallbackData.Menu("new"),
                new CallbackData.ListPage("all", 0),
                new CallbackData.ListPage("NEW", 3),
                new CallbackData.MinePage(2),
                new CallbackData.RequestButton(17, "decline"),
                new CallbackData.TechnicianButton(300, "offu"),
                new CallbackData.ReportChoice("o", "week"),
                new CallbackData.ExportChoice("csv", "a", "01.12.2026-25.12.2026"),
                new CallbackData.ReportChoice("t300", "01.12.2026-25.12.2026"),
                new CallbackData.TechnicianReport("01.12.2026-25.12.2026"),
                new CallbackData.SearchPage(2, "иванов ул: Ленина"));

        assertThat(all).extracting(CallbackData::render).containsExactly("d:abc123:4:~confirm", "m:new", "l:all:0",
                "l:NEW:3", "y:2", "r:17:decline", "t:300:offu", "p:o:week", "x:csv:a:01.12.2026-25.12.2026",
                "p:t300:01.12.2026-25.12.2026", "q:01.12.2026-25.12.2026", "s:2:иванов ул: Ленина");
        assertThat(all).allSatisfy(data -> assertThat(CallbackData.parse(data.render())).isEqualTo(data));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "zzz", "m:", "r:abc:card", "r:0:card", "r:1", "r:1:card:x", "l:all", "l:all:x",
            "y:-", "t:1", "x:csv:a", "q:1:2", "q", "s:", "s:x:иванов", "s:1"})
    void data_no_form_reads_is_unknown_never_a_failure(String data) {
        assertThat(CallbackData.parse(data)).isEqualTo(new CallbackData.Unknown(data));
    }

    @Test
    void a_dialog_answer_without_an_instance_is_the_older_form() {
        assertThat(CallbackData.parse("d:yes")).isEqualTo(new CallbackData.DialogAnswer("", 0, "yes"));
        assertThat(new CallbackData.DialogAnswer("", 0, "yes").render()).isEqualTo("d:yes");
    }

    @Test
    void data_longer_than_telegram_takes_is_refused_when_rendered() {
        assertThatThrownBy(() -> new CallbackData.ReportChoice("a", "x".repeat(70)).render())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallbackData.RequestButton(1, "no:colons"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_option_carries_the_rendered_data() {
        assertThat(new CallbackData.RequestButton(5, "card").option("Обновить"))
                .isEqualTo(Option.choice("Обновить", "r:5:card"));
    }
}
