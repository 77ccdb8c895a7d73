package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ReplyKeyboardRemove;
import org.junit.jupiter.api.Test;

/** The sends' own JSON: the bodies the channel writes and the few fields it reads from the answers. */
class BotAnswerTest {

    @Test
    void a_sent_message_is_read_for_its_id_only() {
        BotAnswer answer = BotAnswer.parse("{\"ok\":true,\"result\":{\"message_id\":42,\"from\":{\"id\":1,"
                + "\"is_bot\":true},\"chat\":{\"id\":7,\"type\":\"private\"},\"date\":1700000000,\"text\":\"hi\","
                + "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"a\",\"callback_data\":\"b\"}]]}}}");

        assertThat(answer.ok()).isTrue();
        assertThat(answer.messageId()).isEqualTo(42);
    }

    @Test
    void a_result_that_is_not_a_message_has_no_id() {
        assertThat(BotAnswer.parse("{\"ok\":true,\"result\":true}").messageId()).isZero();
    }

    @Test
    void a_refusal_is_read_with_its_parameters() {
        BotAnswer tooMany = BotAnswer.parse("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
                + "retry after 7\",\"parameters\":{\"retry_after\":7}}");
        BotAnswer moved = BotAnswer.parse("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group "
                + "chat was upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-1001234567890}}");

        assertThat(tooMany.ok()).isFalse();
        assertThat(tooMany.errorCode()).isEqualTo(429);
        assertThat(tooMany.retryAfter()).isEqualTo(7);
        assertThat(tooMany.description()).startsWith("Too Many Requests");
        assertThat(moved.migrateTo()).isEqualTo(-1001234567890L);
        assertThat(TelegramCallException.Kind.of(moved.errorCode())).isEqualTo(TelegramCallException.Kind.REJECTED);
    }

    @Test
    void what_is_not_a_bot_api_answer_is_refused() {
        for (String garbled : new String[] {"", "<html>502 Bad Gateway</html>", "{\"result\":true}",
                "{\"ok\":true,\"result\":{\"message_id\":\"x\"}}", "{\"ok\":tr"}) {
            assertThatThrownBy(() -> BotAnswer.parse(garbled)).as(garbled)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_body_escapes_text_and_writes_an_inline_keyboard_as_telegram_reads_it() {
        String body = new JsonBody().field("chat_id", -100123L).field("text", "a \"quote\" \\ and\nline\u0001 ёж")
                .field("parse_mode", "HTML").markup(new InlineKeyboardMarkup(
                        new InlineKeyboardButton[] {new InlineKeyboardButton("Да").callbackData("c:1")},
                        new InlineKeyboardButton[] {new InlineKeyboardButton("Нет").callbackData("c:2"),
                                new InlineKeyboardButton("Назад").callbackData("back")})).json();

        JsonObject parsed = JsonParser.parseString(body).getAsJsonObject();
        assertThat(parsed.get("chat_id").getAsLong()).isEqualTo(-100123L);
        assertThat(parsed.get("text").getAsString()).isEqualTo("a \"quote\" \\ and\nline\u0001 ёж");
        assertThat(parsed.getAsJsonObject("reply_markup").toString()).isEqualTo("{\"inline_keyboard\":[[{\"text\":"
                + "\"Да\",\"callback_data\":\"c:1\"}],[{\"text\":\"Нет\",\"callback_data\":\"c:2\"},{\"text\":"
                + "\"Назад\",\"callback_data\":\"back\"}]]}");
    }

    @Test
    void another_keyboard_is_written_as_pengrad_would_send_it() {
        String body = new JsonBody().field("chat_id", 1).markup(new ReplyKeyboardRemove()).json();

        assertThat(JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("reply_markup")
                .get("remove_keyboard").getAsBoolean()).isTrue();
    }

    @Test
    void a_get_updates_body_holds_its_parameters_as_json() {
        String json = TelegramApi.json(new com.pengrad.telegrambot.request.GetUpdates().offset(7).limit(100)
                .timeout(30).allowedUpdates(LongPolling.ALLOWED_UPDATES));

        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        assertThat(parsed.get("offset").getAsLong()).isEqualTo(7);
        assertThat(parsed.get("limit").getAsInt()).isEqualTo(100);
        assertThat(parsed.get("timeout").getAsInt()).isEqualTo(30);
        assertThat(parsed.getAsJsonArray("allowed_updates").toString())
                .isEqualTo("[\"message\",\"callback_query\",\"my_chat_member\"]");
    }
}
