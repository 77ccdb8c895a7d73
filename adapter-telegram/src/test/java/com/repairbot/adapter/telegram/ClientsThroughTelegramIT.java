package com.repairbot.adapter.telegram;

import static com.repairbot.adapter.telegram.Staff.ADMIN;
import static com.repairbot.adapter.telegram.Staff.DISPATCHER;
import static com.repairbot.adapter.telegram.Staff.GROUP;
import static com.repairbot.adapter.telegram.Staff.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import com.repairbot.application.port.in.MoveRequestCommand;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Photo;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients through the fake Bot API against the real core (issue 16): a client sends a request with two photos and
 * their shared contact; the dispatcher gets the photos as an album with the card and assigns; the client is told of
 * each move; the client cancels another request and rates a closed one; a second client's forged presses change
 * nothing.
 */
class ClientsThroughTelegramIT {

    private static final long OLGA = 7_000_001L;
    private static final long PETR = 7_000_002L;

    private static RepairRequest request(Harness h, long number) {
        return h.stores.requests().find(new RequestNumber(number)).orElseThrow();
    }

    private static void deliverNotifications(Harness h) {
        h.core.relay().deliverDue(100);
        h.settleQuiet();
    }

    /** Olga walks the client's new-request dialog: two photos, her own contact, the name from it. */
    private static long olgaSendsARequest(Harness h, boolean photos) {
        h.say(OLGA, OLGA, "/new");
        h.press(OLGA, OLGA, "Стиральная машина");
        h.say(OLGA, OLGA, "Не сливает воду, гудит при отжиме");
        if (photos) {
            h.settle(h.api.enqueue(FakeBotApi.photo(OLGA, OLGA, "AgACAgIAAxkBAAIB")));
            h.settle(h.api.enqueue(FakeBotApi.photo(OLGA, OLGA, "AgACAgIAAxkBAAIC")));
            assertThat(h.lastText(OLGA)).contains("Фото 2 из 5 получено");
        }
        h.press(OLGA, OLGA, "Пропустить");
        h.say(OLGA, OLGA, "г. Москва, ул. Мира, д. 3, кв. 7");
        Call phone = h.api.lastShown(OLGA);
        assertThat(phone.markup().orElseThrow().toString()).contains("\"request_contact\":true");
        h.settle(h.api.enqueue(FakeBotApi.contact(OLGA, OLGA, "+79997654321", OLGA)));
        h.press(OLGA, OLGA, "Client"); // the name on her contact, offered as a button
        h.press(OLGA, OLGA, "Пропустить");
        assertThat(h.lastText(OLGA)).contains("Проверьте заявку");
        h.press(OLGA, OLGA, "Подтвердить");
        return h.stores.requests().count(java.util.Set.of());
    }

    private static void hireTechnician(Harness h) {
        h.stores.staff().saveTechnician(com.repairbot.domain.staff.Technician.added(new UserId(TECHNICIAN),
                com.repairbot.domain.contact.PhoneNumber.parse("+79990001122"),
                new com.repairbot.domain.staff.Specialization("стиральные машины"))
                .withWorkGroup(new com.repairbot.domain.staff.ChatId(GROUP)));
        h.stores.staff().grant(new UserId(TECHNICIAN), com.repairbot.domain.staff.Role.TECHNICIAN);
    }

    private static void move(Harness h, long user, long number, String intent, MoveRequestCommand.Data data) {
        h.core.useCases().move().move(new MoveRequestCommand(new UserId(user), new RequestNumber(number), intent,
                data));
    }

    @Test
    void a_client_sends_a_request_with_photos_is_told_of_each_move_cancels_another_and_rates_a_closed_one()
            throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            hireTechnician(h);
            h.say(OLGA, OLGA, "/start qr-site");
            assertThat(h.lastText(OLGA)).contains("Это бот сервисного центра");

            long first = olgaSendsARequest(h, true);
            RepairRequest sent = request(h, first);
            assertThat(sent.clientSide().photos()).extracting(Photo::fileId)
                    .containsExactly("AgACAgIAAxkBAAIB", "AgACAgIAAxkBAAIC");
            assertThat(sent.client().phone().e164()).isEqualTo("+79997654321");
            assertThat(h.textsSince(OLGA, 0)).anyMatch(text -> text.contains("Заявка #" + first + " отправлена"));

            // the office: the photos as an album by their file_id, then the card that says it came from a client
            deliverNotifications(h);
            List<Call> albums = h.api.calls("sendMediaGroup").stream()
                    .filter(call -> call.param("chat_id").equals(Long.toString(DISPATCHER))).toList();
            assertThat(albums).singleElement().satisfies(album -> assertThat(album.param("media"))
                    .contains("AgACAgIAAxkBAAIB", "AgACAgIAAxkBAAIC"));
            assertThat(h.textsSince(DISPATCHER, 0)).anyMatch(text -> text.contains("От клиента"));

            // the dispatcher assigns from the card; the work group gets the album and the card; the client is told
            h.say(DISPATCHER, DISPATCHER, "/card " + first);
            h.pressData(DISPATCHER, DISPATCHER, "r:" + first + ":assign");
            h.press(DISPATCHER, DISPATCHER, Long.toString(TECHNICIAN));
            deliverNotifications(h);
            assertThat(h.api.calls("sendMediaGroup")).anyMatch(call -> call.param("chat_id").equals(Long.toString(GROUP)));
            assertThat(h.lastText(OLGA)).contains("назначен мастер").contains("Ваша заявка #" + first)
                    .doesNotContain("+79990001122");

            move(h, TECHNICIAN, first, "accept", MoveRequestCommand.Data.NONE);
            deliverNotifications(h);
            assertThat(h.lastText(OLGA)).contains("Мастер принял заявку #" + first);
            move(h, TECHNICIAN, first, "onsite", MoveRequestCommand.Data.NONE);
            deliverNotifications(h);
            assertThat(h.lastText(OLGA)).contains("Мастер на месте");
            move(h, TECHNICIAN, first, "complete", new MoveRequestCommand.Data.Figures(Money.rubles(5000),
                    Money.rubles(500), false, false));
            deliverNotifications(h);
            assertThat(h.lastText(OLGA)).contains("выполнена").contains("К оплате: 5");

            // a second client's forged presses on Olga's request change nothing and show nothing
            h.say(PETR, PETR, "/start");
            int petrsMenu = h.api.messageIdOf(h.lastWithButtons(PETR));
            h.press(PETR, PETR, petrsMenu, "c:rate:" + first + "");
            h.press(PETR, PETR, petrsMenu, "c:card:" + first);
            h.press(PETR, PETR, petrsMenu, "r:" + first + ":card");
            assertThat(h.textsSince(PETR, 0)).noneMatch(text -> text.contains("Мира"));
            assertThat(h.textsSince(PETR, 0)).anyMatch(text -> text.contains("не найдена"));
            assertThat(request(h, first).clientSide().rating()).isEmpty();

            // Olga rates the closed one from her requests
            h.say(OLGA, OLGA, "/card " + first);
            h.press(OLGA, OLGA, "⭐ Оценить работу");
            h.press(OLGA, OLGA, "⭐⭐⭐⭐⭐");
            h.say(OLGA, OLGA, "Быстро и аккуратно");
            assertThat(h.textsSince(OLGA, 0)).anyMatch(text -> text.contains("Оценка 5/5"));
            assertThat(request(h, first).clientSide().rating()).get()
                    .satisfies(rating -> assertThat(rating.score()).isEqualTo(5));

            // and cancels another one while it is new; the office is told
            long second = olgaSendsARequest(h, false);
            h.press(OLGA, OLGA, "✖ Отменить заявку");
            h.press(OLGA, OLGA, "Пропустить");
            assertThat(request(h, second).status()).isEqualTo(Status.REFUSED);
            assertThat(request(h, second).clientSide().cancelled()).isTrue();
            deliverNotifications(h);
            assertThat(h.textsSince(DISPATCHER, 0)).anyMatch(text -> text.contains("Клиент отменил заявку #" + second));
            assertThat(h.textsSince(ADMIN, 0)).anyMatch(text -> text.contains("Клиент отменил заявку #" + second));

            EndToEndIT.assertEveryPressAnswered(h);
            h.assertLogsClean("+79997654321", "9997654321", "Мира");
        }
    }
}
