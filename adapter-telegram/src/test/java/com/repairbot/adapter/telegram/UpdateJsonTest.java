package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.message.InaccessibleMessage;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import com.pengrad.telegrambot.utility.BotUtils;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The channel reads updates as pengrad does, the message of a button press read as it streams (ADR 0037). */
class UpdateJsonTest {

    private static final String PRESS = "{\"update_id\":10," + FakeBotApi.callback("cb-1", 501, 501, 77, "c:1:yes")
            + "}";
    private static final String OLD_PRESS = "{\"update_id\":11,\"callback_query\":{\"id\":\"cb-2\",\"from\":{\"id\":5,"
            + "\"is_bot\":false,\"first_name\":\"A\"},\"chat_instance\":\"1\",\"data\":\"x\",\"message\":{"
            + "\"message_id\":78,\"date\":0,\"chat\":{\"id\":501,\"type\":\"private\"}}}}";
    private static final String NO_DATE = OLD_PRESS.replace("\"date\":0,", "").replace("\"update_id\":11", "\"update_id\":12");
    private static final String PINNED = "{\"update_id\":13,\"message\":{\"message_id\":4,\"date\":1700000001,"
            + "\"chat\":{\"id\":-100,\"type\":\"supergroup\",\"title\":\"Мастера\"},\"pinned_message\":{\"message_id\":3,"
            + "\"date\":1700000000,\"chat\":{\"id\":-100,\"type\":\"supergroup\"},\"text\":\"закреп\"}}}";
    private static final String TEXT = "{\"update_id\":14," + FakeBotApi.text(501, 501, "Привет, \"бот\"") + "}";

    @Test
    void every_kind_of_update_reads_as_pengrad_reads_it() {
        for (String json : List.of(PRESS, OLD_PRESS, NO_DATE, PINNED, TEXT)) {
            Update ours = UpdateJson.GSON.fromJson(json, Update.class);
            Update pengrads = BotUtils.GSON.fromJson(json, Update.class);
            assertThat(ours).as(json).isEqualTo(pengrads);
            assertThat(BotUtils.toJson(ours)).as(json).isEqualTo(BotUtils.toJson(pengrads));
        }
    }

    @Test
    void a_press_on_a_message_the_bot_still_sees_carries_the_message_and_an_old_one_an_inaccessible_message() {
        assertThat(UpdateJson.GSON.fromJson(PRESS, Update.class).callbackQuery().maybeInaccessibleMessage())
                .isInstanceOf(Message.class);
        assertThat(UpdateJson.GSON.fromJson(OLD_PRESS, Update.class).callbackQuery().maybeInaccessibleMessage())
                .isInstanceOf(InaccessibleMessage.class)
                .satisfies(m -> assertThat(m.messageId()).isEqualTo(78))
                .satisfies(m -> assertThat(m.chat().id()).isEqualTo(501));
        assertThat(UpdateJson.GSON.fromJson(NO_DATE, Update.class).callbackQuery().maybeInaccessibleMessage())
                .isInstanceOf(InaccessibleMessage.class);
    }

    @Test
    void a_batch_reads_whole_and_one_wrong_field_fails_it_as_it_does_pengrad() {
        String batch = "{\"ok\":true,\"result\":[" + PRESS + "," + TEXT + "]}";
        assertThat(UpdateJson.GSON.fromJson(batch, GetUpdatesResponse.class).updates())
                .isEqualTo(BotUtils.GSON.fromJson(batch, GetUpdatesResponse.class).updates());

        String wrong = "{\"ok\":true,\"result\":[" + PRESS.replace("\"date\":1700000000", "\"date\":\"today\"") + "]}";
        assertThatThrownBy(() -> BotUtils.GSON.fromJson(wrong, GetUpdatesResponse.class))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> UpdateJson.GSON.fromJson(wrong, GetUpdatesResponse.class))
                .isInstanceOf(RuntimeException.class);
    }
}
