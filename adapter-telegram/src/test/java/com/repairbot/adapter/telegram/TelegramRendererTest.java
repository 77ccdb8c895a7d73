package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ReplyKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ReplyKeyboardRemove;
import com.pengrad.telegrambot.utility.BotUtils;
import com.repairbot.adapter.telegram.TelegramRenderer.Piece;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TelegramRendererTest {

    private final ReplyKeyboards keyboards = new ReplyKeyboards();
    private final TelegramRenderer renderer = new TelegramRenderer(keyboards);

    @Test
    void choices_become_an_inline_keyboard_under_escaped_text() {
        Outbound card = Outbound.withOptions("#1 <Иванов> & сын", List.of(
                List.of(Option.choice("Принять", "r:1:accept"), Option.choice("Отказаться", "r:1:decline")),
                List.of(Option.choice("Обновить", "r:1:card"))));

        List<Piece> pieces = renderer.render(42, card, OptionalInt.empty());

        assertThat(pieces).hasSize(1);
        assertThat(pieces.get(0).html()).isEqualTo("#1 &lt;Иванов&gt; &amp; сын");
        InlineKeyboardMarkup markup = (InlineKeyboardMarkup) pieces.get(0).keyboard();
        assertThat(BotUtils.toJson(markup)).contains("\"callback_data\":\"r:1:accept\"")
                .contains("\"callback_data\":\"r:1:card\"");
        assertThat(markup.inlineKeyboard()).hasNumberOfRows(2);
        assertThat(pieces.get(0).editMessageId()).isEmpty();
    }

    @Test
    void a_replacement_edits_the_pressed_message() {
        Outbound replacing = Outbound.withOptions("new", List.of(List.of(Option.choice("A", "a")))).asReplacement();
        assertThat(renderer.render(42, replacing, OptionalInt.of(9)).get(0).editMessageId()).hasValue(9);
        assertThat(renderer.render(42, Outbound.text("plain"), OptionalInt.of(9)).get(0).editMessageId()).isEmpty();
    }

    @Test
    void a_long_text_is_split_with_the_keyboard_on_the_last_part_and_is_never_an_edit() {
        String line = "строка ".repeat(20);
        String text = String.join("\n", java.util.Collections.nCopies(60, line)); // ~8400 characters
        Outbound long_ = Outbound.withOptions(text, List.of(List.of(Option.choice("A", "a")))).asReplacement();

        List<Piece> pieces = renderer.render(42, long_, OptionalInt.of(9));

        assertThat(pieces).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pieces).allSatisfy(p -> assertThat(p.html().length()).isLessThanOrEqualTo(4096));
        assertThat(pieces).allSatisfy(p -> assertThat(p.editMessageId()).isEmpty());
        assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy(p -> assertThat(p.keyboard()).isNull());
        assertThat(pieces.get(pieces.size() - 1).keyboard()).isInstanceOf(InlineKeyboardMarkup.class);
    }

    @Test
    void a_choose_a_chat_button_needs_a_reply_keyboard_and_its_plain_choices_are_remembered() {
        Outbound prompt = Outbound.withOptions("Выберите группу", List.of(
                List.of(new Option("Выбрать группу", "group", Option.Kind.REQUEST_CHAT)),
                List.of(Option.choice("✖ Отмена", "d:~cancel"))));

        Piece piece = renderer.render(42, prompt, OptionalInt.empty()).get(0);

        assertThat(piece.keyboard()).isInstanceOf(ReplyKeyboardMarkup.class);
        String json = BotUtils.toJson(piece.keyboard());
        assertThat(json)
                .contains("\"request_chat\":{\"request_id\":1,\"chat_is_channel\":false,\"bot_is_member\":true}")
                .contains("\"one_time_keyboard\":true");
        assertThat(keyboards.choiceFor(42, "✖ Отмена")).isEqualTo(Optional.of("d:~cancel"));
    }

    @Test
    void a_share_contact_button_asks_for_the_contact() {
        Outbound prompt = new Outbound("Телефон?", List.of(List.of(
                new Option("Отправить мой номер", "contact", Option.Kind.REQUEST_CONTACT))),
                Outbound.Presentation.REPLY_KEYBOARD, false);
        assertThat(BotUtils.toJson(renderer.render(42, prompt, OptionalInt.empty()).get(0).keyboard()))
                .contains("\"request_contact\":true");
    }

    @Test
    void a_reply_keyboard_left_over_is_removed_by_the_next_plain_message() {
        renderer.render(42, new Outbound("Телефон?", List.of(List.of(new Option("Номер", "c",
                Option.Kind.REQUEST_CONTACT))), Outbound.Presentation.REPLY_KEYBOARD, false), OptionalInt.empty());

        assertThat(renderer.render(42, Outbound.text("Спасибо"), OptionalInt.empty()).get(0).keyboard())
                .isInstanceOf(ReplyKeyboardRemove.class);
        assertThat(renderer.render(42, Outbound.text("Дальше"), OptionalInt.empty()).get(0).keyboard()).isNull();
    }

    @Test
    void remove_keyboard_removes_it() {
        Outbound remove = new Outbound("ok", List.of(), Outbound.Presentation.REMOVE_KEYBOARD, false);
        assertThat(renderer.render(42, remove, OptionalInt.empty()).get(0).keyboard())
                .isInstanceOf(ReplyKeyboardRemove.class);
    }

    @Test
    void blank_text_without_buttons_is_not_sent() {
        assertThat(renderer.render(42, Outbound.text("  "), OptionalInt.empty())).isEmpty();
    }
}
