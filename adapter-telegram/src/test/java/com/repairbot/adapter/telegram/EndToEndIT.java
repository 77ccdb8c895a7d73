package com.repairbot.adapter.telegram;

import static com.repairbot.adapter.telegram.Staff.ADMIN;
import static com.repairbot.adapter.telegram.Staff.CLIENT_ADDRESS;
import static com.repairbot.adapter.telegram.Staff.CLIENT_NAME;
import static com.repairbot.adapter.telegram.Staff.CLIENT_PHONE;
import static com.repairbot.adapter.telegram.Staff.DISPATCHER;
import static com.repairbot.adapter.telegram.Staff.GROUP;
import static com.repairbot.adapter.telegram.Staff.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Staff working a request from start to end through Telegram, against the real application core. */
class EndToEndIT {

    @Test
    void a_dispatcher_creates_a_request_and_a_technician_works_it_to_closed() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            // the admin adds the technician and binds the work group with Telegram's "choose a chat" button
            h.say(ADMIN, ADMIN, "/addtech");
            h.say(ADMIN, ADMIN, Long.toString(TECHNICIAN));
            h.say(ADMIN, ADMIN, "Сергей Петров"); // the name cards, history and lists show
            h.settle(h.api.enqueue(FakeBotApi.contact(ADMIN, ADMIN, "+79990001122", TECHNICIAN)));
            h.say(ADMIN, ADMIN, "Стиральные машины");
            h.press(ADMIN, ADMIN, "Подтвердить");
            h.press(ADMIN, ADMIN, "Группа для: Сергей Петров");
            Call choose = h.api.lastShown(ADMIN);
            assertThat(choose.markup().orElseThrow().toString()).contains("\"request_chat\"")
                    .contains("\"bot_is_member\":true").contains("\"one_time_keyboard\":true");
            h.settle(h.api.enqueue(FakeBotApi.chatShared(ADMIN, ADMIN, GROUP)));
            h.press(ADMIN, ADMIN, "Подтвердить");
            Call bound = h.api.shown(ADMIN).stream().filter(c -> c.param("text").contains("привязана")).findFirst()
                    .orElseThrow();
            assertThat(bound.markup().orElseThrow().toString()).contains("\"remove_keyboard\":true");

            // the dispatcher enters the request: 8 steps, typed and pressed
            h.say(DISPATCHER, DISPATCHER, "/new");
            Call equipment = h.api.lastShown(DISPATCHER);
            assertThat(equipment.param("text")).contains("Шаг 1 из 8");
            assertThat(Harness.values(equipment)).contains("washing_machine", "~cancel");
            assertThat(Harness.data(equipment))
                    .allSatisfy(d -> assertThat(d.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
            h.press(DISPATCHER, DISPATCHER, "Стиральная машина");
            assertThat(h.lastText(DISPATCHER)).contains("Шаг 2 из 8");
            h.settle(h.api.enqueue(FakeBotApi.contact(DISPATCHER, DISPATCHER, CLIENT_PHONE, 3001L))); // forwarded
            assertThat(h.lastText(DISPATCHER)).contains("Шаг 3 из 8");
            h.say(DISPATCHER, DISPATCHER, "Не сливает воду <E21> & шумит");
            h.say(DISPATCHER, DISPATCHER, CLIENT_NAME);
            h.say(DISPATCHER, DISPATCHER, CLIENT_ADDRESS);
            assertThat(h.lastText(DISPATCHER)).contains("Шаг 6 из 8");
            h.press(DISPATCHER, DISPATCHER, "Пропустить");
            h.say(DISPATCHER, DISPATCHER, "завтра 10:00");
            Call summary = h.api.lastShown(DISPATCHER);
            assertThat(summary.param("parse_mode")).isEqualTo("HTML");
            assertThat(summary.param("text")).contains("Шаг 8 из 8", "&lt;E21&gt; &amp; шумит", CLIENT_NAME,
                    CLIENT_PHONE, CLIENT_ADDRESS);
            assertThat(Harness.values(summary)).containsExactly("~confirm", "~edit", "~cancel");
            h.press(DISPATCHER, DISPATCHER, "Подтвердить");

            // the summary is replaced in place by the confirmation, and the card follows with its actions
            List<Call> edits = h.api.calls("editMessageText");
            Call confirmed = edits.get(edits.size() - 1);
            assertThat(confirmed.param("message_id")).isEqualTo(Integer.toString(h.api.messageIdOf(summary)));
            assertThat(confirmed.param("text")).contains("Заявка #1 создана");
            List<Call> answers = h.api.calls("answerCallbackQuery");
            assertThat(answers.get(answers.size() - 1).nanos()).as("the press is answered before the work")
                    .isLessThan(confirmed.nanos());
            Call card = h.api.lastShown(DISPATCHER);
            assertThat(card.param("text")).contains("Заявка #1 · Новая");
            assertThat(Harness.data(card)).contains("r:1:assign", "r:1:refuse", "r:1:card");

            h.pressData(DISPATCHER, DISPATCHER, "r:1:assign");
            h.press(DISPATCHER, DISPATCHER, "Сергей Петров");
            assertThat(h.textsSince(DISPATCHER, 0)).anyMatch(t -> t.contains("мастер назначен"));

            // the outbox: the card goes to the technician's work group, the client's phone hidden for now
            h.core.relay().deliverDue(50);
            h.settleQuiet();
            Call groupCard = h.api.lastShown(GROUP);
            assertThat(groupCard.param("text")).contains("Заявка #1", "+7******4567", "назначена мастеру Сергей Петров")
                    .doesNotContain(CLIENT_PHONE);
            assertThat(Harness.data(groupCard)).contains("r:1:accept", "r:1:decline");
            assertThat(h.api.shown(TECHNICIAN)).isNotEmpty();

            // the technician works it in the group...
            h.press(GROUP, TECHNICIAN, h.api.messageIdOf(groupCard), "r:1:accept");
            Call accepted = h.api.lastShown(GROUP);
            assertThat(accepted.param("text")).contains("Принята").doesNotContain(CLIENT_PHONE);
            assertThat(Harness.data(accepted)).contains("r:1:onsite", "r:1:long_repair");
            h.pressData(GROUP, TECHNICIAN, "r:1:onsite");
            assertThat(h.lastText(GROUP)).contains("Мастер на месте", CLIENT_PHONE);

            // ...and closes it in the private chat
            h.say(TECHNICIAN, TECHNICIAN, "/my");
            h.pressData(TECHNICIAN, TECHNICIAN, "r:1:card");
            h.pressData(TECHNICIAN, TECHNICIAN, "r:1:complete");
            assertThat(h.lastText(TECHNICIAN)).contains("сколько заплатил клиент");
            h.say(TECHNICIAN, TECHNICIAN, "15000");
            h.say(TECHNICIAN, TECHNICIAN, "3000");
            h.pressData(TECHNICIAN, TECHNICIAN, "d:yes");
            h.pressData(TECHNICIAN, TECHNICIAN, "d:no");
            assertThat(h.lastText(TECHNICIAN)).contains("закрытие");
            h.pressData(TECHNICIAN, TECHNICIAN, "d:~confirm");
            assertThat(h.textsSince(TECHNICIAN, 0)).anyMatch(t -> t.contains("Заявка #1 закрыта"));
            assertThat(h.lastText(TECHNICIAN)).contains("Закрыта");
            assertThat(h.stores.requests().find(new RequestNumber(1)).orElseThrow().status()).isEqualTo(Status.CLOSED);

            h.core.relay().deliverDue(50);
            h.settleQuiet();
            assertThat(h.textsSince(DISPATCHER, 0)).anyMatch(t -> t.contains("Закрыта"));

            assertEveryPressAnswered(h);
            SendLimitsCheck.assertRespected(h.api.calls(), Harness.FAST);
            h.assertLogsClean(CLIENT_PHONE, "9991234567", "Иванов", "Ленина", "Петров");
        }
    }

    @Test
    void a_double_and_a_tenfold_tap_on_confirm_create_exactly_one_request_each_and_every_tap_is_answered()
            throws Exception {
        SwitchableLimiter limiter = new SwitchableLimiter();
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), limiter).polling()) {
            fillCreateDialog(h);
            int summary = h.api.messageIdOf(h.lastWithButtons(DISPATCHER));
            String confirm = h.dialogData(DISPATCHER, "~confirm");
            limiter.useDefaults(); // 3 a second with a burst of 5, as configured by default
            long first = h.api.enqueue(h.api.callback(DISPATCHER, DISPATCHER, summary, confirm));
            long second = h.api.enqueue(h.api.callback(DISPATCHER, DISPATCHER, summary, confirm));
            h.settle(first);
            h.settle(second);
            assertThat(h.stores.requests().count(Set.of())).isEqualTo(1);

            limiter.clock.advance(Duration.ofSeconds(2)); // the bucket fills up again
            limiter.useGenerous();
            fillCreateDialog(h);
            summary = h.api.messageIdOf(h.lastWithButtons(DISPATCHER));
            confirm = h.dialogData(DISPATCHER, "~confirm");
            limiter.useDefaults();
            long last = 0;
            for (int i = 0; i < 10; i++) {
                last = h.api.enqueue(h.api.callback(DISPATCHER, DISPATCHER, summary, confirm));
            }
            h.settle(last);
            h.settleQuiet();
            assertThat(h.stores.requests().count(Set.of())).isEqualTo(2);
            assertThat(h.textsSince(DISPATCHER, 0)).filteredOn(t -> t.contains("Слишком много сообщений")).hasSize(1);
            assertEveryPressAnswered(h);

            // a confirm delivered again after a crash has no second effect either
            h.api.redeliver(first);
            h.settleAll();
            assertThat(h.stores.requests().count(Set.of())).isEqualTo(2);
            h.assertLogsClean(CLIENT_PHONE, "9991234567", "Иванов", "Ленина");
        }
    }

    /** The dispatcher answers every step of the create dialog; returns the update that showed the summary. */
    static long fillCreateDialog(Harness h) {
        h.say(DISPATCHER, DISPATCHER, "/new");
        h.press(DISPATCHER, DISPATCHER, "Стиральная машина");
        h.say(DISPATCHER, DISPATCHER, "8 999 123-45-67");
        if (h.lastText(DISPATCHER).contains("уже обращался")) { // the phone of an earlier request
            h.press(DISPATCHER, DISPATCHER, "Да, взять");
            h.say(DISPATCHER, DISPATCHER, "Не сливает воду, ошибка E21");
        } else {
            h.say(DISPATCHER, DISPATCHER, "Не сливает воду, ошибка E21");
            h.say(DISPATCHER, DISPATCHER, CLIENT_NAME);
            h.say(DISPATCHER, DISPATCHER, CLIENT_ADDRESS);
        }
        h.press(DISPATCHER, DISPATCHER, "Пропустить");
        long summary = h.press(DISPATCHER, DISPATCHER, "Пропустить");
        assertThat(h.lastText(DISPATCHER)).contains("Шаг 8 из 8");
        return summary;
    }

    static void assertEveryPressAnswered(Harness h) {
        List<String> pressed = h.api.calls().isEmpty() ? List.of() : h.pressedCallbackIds();
        // the answers to presses the flood guard dropped go out on their own threads: wait for them first
        FakeBotApi.await(Duration.ofSeconds(10), () -> answered(h).containsAll(pressed), "every press answered");
        assertThat(answered(h)).containsExactlyInAnyOrderElementsOf(pressed);
    }

    private static List<String> answered(Harness h) {
        return h.api.calls("answerCallbackQuery").stream().map(c -> c.param("callback_query_id")).distinct()
                .toList();
    }
}
