package com.repairbot.application.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small parts of a dialog: how a step reads answers, what a step sees. */
class StepAndContextTest {

    private static DialogContext context(Map<String, String> data) {
        UserId user = new UserId(200);
        return new DialogContext(Actor.of(user, Role.DISPATCHER),
                new Inbound(new ChatId(200), user, Messages.RUSSIAN, new Input.Text("x")),
                Messages.forLanguage(Messages.RUSSIAN), new HashMap<>(data),
                ZonedDateTime.parse("2026-03-10T12:00:00+03:00[Europe/Moscow]"));
    }

    @Test
    void the_summary_step_reads_no_typed_answer() {
        Step summary = Step.confirm(ctx -> "summary");

        assertThat(summary.confirm()).isTrue();
        assertThatThrownBy(() -> summary.reader().read(context(Map.of()), new Input.Text("yes")))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("dialog.use_buttons"));
    }

    @Test
    void a_yes_no_step_reads_only_its_two_answers() {
        Step question = Step.yesNo("review", "complete.review");

        assertThat(question.reader().read(context(Map.of()), new Input.Choice("yes"))).isEqualTo("yes");
        assertThat(question.reader().read(context(Map.of()), new Input.Choice("no"))).isEqualTo("no");
        assertThatThrownBy(() -> question.reader().read(context(Map.of()), new Input.Choice("perhaps")))
                .isInstanceOf(InputRefusedException.class);
        assertThatThrownBy(() -> question.reader().read(context(Map.of()), new Input.Choice("r:1:card")))
                .isInstanceOf(InputRefusedException.class);
    }

    @Test
    void a_text_step_reads_only_text() {
        Step text = Step.text("name", "create.name", String::strip);

        assertThat(text.reader().read(context(Map.of()), new Input.Text(" Анна "))).isEqualTo("Анна");
        assertThatThrownBy(() -> text.reader().read(context(Map.of()), new Input.Unsupported()))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("dialog.type_text"));
    }

    @Test
    void skippable_and_reading_with_make_changed_copies() {
        Step text = Step.text("notes", "create.notes", String::strip);
        Step skippable = text.skippable();
        Step shouting = skippable.readingWith((ctx, input) -> "LOUD");

        assertThat(text.optional()).isFalse();
        assertThat(skippable.optional()).isTrue();
        assertThat(shouting.optional()).isTrue();
        assertThat(shouting.reader().read(context(Map.of()), new Input.Text("quiet"))).isEqualTo("LOUD");
    }

    @Test
    void the_context_gives_the_answers_so_far_and_insists_on_required_ones() {
        DialogContext ctx = context(Map.of("name", "Анна"));

        assertThat(ctx.answer("name")).contains("Анна");
        assertThat(ctx.answer("phone")).isEmpty();
        assertThat(ctx.required("name")).isEqualTo("Анна");
        assertThatThrownBy(() -> ctx.required("phone")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("phone");
    }

    @Test
    void a_refusal_carries_its_key_and_arguments() {
        InputRefusedException refused = new InputRefusedException("error.description.length", 10, 500);

        assertThat(refused.key()).isEqualTo("error.description.length");
        assertThat(refused.arguments()).containsExactly(10, 500);
    }
}
