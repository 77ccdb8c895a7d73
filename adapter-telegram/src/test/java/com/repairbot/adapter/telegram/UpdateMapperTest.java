package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import com.repairbot.adapter.telegram.UpdateMapper.Incoming;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Profile;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateMapperTest {

    private final ReplyKeyboards keyboards = new ReplyKeyboards();
    private final UpdateMapper mapper = new UpdateMapper(keyboards, () -> Optional.of("repair_bot"));

    private static Update update(String body) {
        return BotUtils.parseUpdate("{\"update_id\":77," + body + "}");
    }

    private Incoming map(String body) {
        return mapper.map(update(body)).orElseThrow();
    }

    @Test
    void text_is_text_in_the_senders_language() {
        Incoming in = map(FakeBotApi.text(42, 42, "Привет", "en"));
        assertThat(in.updateId()).isEqualTo(77);
        assertThat(in.inbound().delivery()).hasValue(77);
        assertThat(in.chat()).isEqualTo(42);
        assertThat(in.inbound().user()).isEqualTo(new UserId(42));
        assertThat(in.inbound().chat()).isEqualTo(new ChatId(42));
        assertThat(in.inbound().language().getLanguage()).isEqualTo("en");
        assertThat(in.inbound().input()).isEqualTo(new Input.Text("Привет"));
        assertThat(in.callbackId()).isEmpty();
    }

    @Test
    void the_senders_names_go_along_so_that_staff_are_shown_by_name() {
        Incoming in = map("\"message\":{\"message_id\":1,\"date\":1,\"from\":{\"id\":42,\"is_bot\":false,"
                + "\"first_name\":\"Сергей\",\"last_name\":\"Петров\",\"username\":\"serg\","
                + "\"language_code\":\"en\"},"
                + "\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"x\"}");
        assertThat(in.inbound().profile()).contains(new Profile("Сергей", "Петров", "serg"));

        Incoming pressed = map(FakeBotApi.callback("q1", -100, 42, 555, "r:1:accept"));
        assertThat(pressed.inbound().profile()).contains(new Profile("Staff", "", ""));
    }

    @Test
    void a_missing_language_is_russian() {
        assertThat(UpdateMapper.language(null)).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(UpdateMapper.language("de").getLanguage()).isEqualTo("de");
    }

    @Test
    void a_command_loses_its_slash_and_our_bot_name_and_keeps_its_argument() {
        assertThat(map(FakeBotApi.text(-5, 42, "/Card@repair_bot  12 ")).inbound().input())
                .isEqualTo(new Input.Command("card", "12"));
        assertThat(map(FakeBotApi.text(42, 42, "/new")).inbound().input()).isEqualTo(new Input.Command("new", ""));
    }

    @Test
    void a_command_for_another_bot_is_not_read() {
        assertThat(mapper.map(update(FakeBotApi.text(-5, 42, "/start@other_bot")))).isEmpty();
    }

    @Test
    void text_that_only_starts_with_a_slash_is_text() {
        assertThat(map(FakeBotApi.text(42, 42, "/ путь")).inbound().input()).isEqualTo(new Input.Text("/ путь"));
    }

    @Test
    void a_button_press_is_a_choice_with_the_message_it_came_from() {
        Incoming in = map(FakeBotApi.callback("q1", -100, 42, 555, "r:1:accept"));
        assertThat(in.inbound().input()).isEqualTo(new Input.Choice("r:1:accept"));
        assertThat(in.chat()).isEqualTo(-100);
        assertThat(in.inbound().user()).isEqualTo(new UserId(42));
        assertThat(in.callbackId()).hasValue("q1");
        assertThat(in.messageId()).hasValue(555);
        assertThat(in.inbound().delivery()).as("the update id, so that a repeat is recognised").hasValue(77);
    }

    @Test
    void a_press_on_an_inaccessible_message_cannot_replace_it() {
        Incoming in = map("\"callback_query\":{\"id\":\"q\",\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"A\"},"
                + "\"chat_instance\":\"1\",\"data\":\"m:menu\",\"message\":{\"message_id\":9,\"date\":0,"
                + "\"chat\":{\"id\":42,\"type\":\"private\"}}}");
        assertThat(in.messageId()).isEmpty();
        assertThat(in.chat()).isEqualTo(42);
    }

    @Test
    void a_contact_knows_its_owner_when_telegram_does_and_carries_its_name() {
        assertThat(map(FakeBotApi.contact(42, 42, "+79990001122", 42L)).inbound().input())
                .isEqualTo(new Input.Contact("+79990001122", Optional.of(new UserId(42)), Optional.of("Client")));
        assertThat(map(FakeBotApi.contact(42, 42, "+79990001122", null)).inbound().input())
                .isEqualTo(new Input.Contact("+79990001122", Optional.empty(), Optional.of("Client")));
    }

    @Test
    void a_shared_chat_is_a_shared_chat() {
        assertThat(map(FakeBotApi.chatShared(42, 42, -100777)).inbound().input())
                .isEqualTo(new Input.SharedChat(new ChatId(-100777)));
    }

    @Test
    void a_photo_is_read_by_the_file_id_of_its_largest_size_and_voice_is_unsupported() {
        assertThat(map(FakeBotApi.photo(42, 42)).inbound().input()).isEqualTo(new Input.Photo("x"));
        assertThat(map(FakeBotApi.photo(42, 42, "AgACAgIAAxkBAAIB")).inbound().input())
                .isEqualTo(new Input.Photo("AgACAgIAAxkBAAIB"));
        assertThat(map("\"message\":{\"message_id\":1,\"date\":1,\"from\":{\"id\":42,\"is_bot\":false,"
                + "\"first_name\":\"A\"},\"chat\":{\"id\":42,\"type\":\"private\"},\"voice\":{\"file_id\":\"v\","
                + "\"file_unique_id\":\"u\",\"duration\":1}}").inbound().input()).isInstanceOf(Input.Unsupported.class);
    }

    @Test
    void service_messages_edits_and_bots_are_not_read() {
        assertThat(mapper.map(update("\"message\":{\"message_id\":1,\"date\":1,\"from\":{\"id\":42,\"is_bot\":false,"
                + "\"first_name\":\"A\"},\"chat\":{\"id\":-5,\"type\":\"group\"},\"new_chat_members\":[{\"id\":43,"
                + "\"is_bot\":false,\"first_name\":\"B\"}]}"))).isEmpty();
        assertThat(mapper.map(update("\"edited_message\":{\"message_id\":1,\"date\":1,\"from\":{\"id\":42,"
                + "\"is_bot\":false,\"first_name\":\"A\"},\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"x\"}")))
                .isEmpty();
        assertThat(mapper.map(update("\"message\":{\"message_id\":1,\"date\":1,\"from\":{\"id\":42,\"is_bot\":true,"
                + "\"first_name\":\"A\"},\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"x\"}"))).isEmpty();
    }

    @Test
    void a_pressed_reply_keyboard_label_is_read_back_as_its_choice() {
        keyboards.shown(42, Map.of("✖ Отмена", "d:~cancel"));
        assertThat(map(FakeBotApi.text(42, 42, "✖ Отмена")).inbound().input()).isEqualTo(new Input.Choice("d:~cancel"));
        assertThat(map(FakeBotApi.text(43, 43, "✖ Отмена")).inbound().input()).isEqualTo(new Input.Text("✖ Отмена"));
    }

    @Test
    void the_bots_own_membership_is_read_from_my_chat_member_and_is_no_input() {
        assertThat(UpdateMapper.membership(update(FakeBotApi.myChatMember(-100555, 2001, "member", "left"))))
                .contains(new UpdateMapper.Membership(-100555, false));
        assertThat(UpdateMapper.membership(update(FakeBotApi.myChatMember(-100555, 2001, "member", "kicked"))))
                .contains(new UpdateMapper.Membership(-100555, false));
        assertThat(UpdateMapper.membership(update(FakeBotApi.myChatMember(2001, 2001, "member", "kicked"))))
                .contains(new UpdateMapper.Membership(2001, false));
        assertThat(UpdateMapper.membership(update(FakeBotApi.myChatMember(-100555, 2001, "left", "administrator"))))
                .contains(new UpdateMapper.Membership(-100555, true));
        assertThat(UpdateMapper.membership(update(FakeBotApi.text(2001, 2001, "hi")))).isEmpty();
        assertThat(mapper.map(update(FakeBotApi.myChatMember(2001, 2001, "member", "kicked")))).isEmpty();
    }
}
