package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.domain.request.Photo;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A client's walk through the dialogs: start with a deep link, send a request with photos, see it, cancel, rate. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClientDialogTest {

    private static final long OLGA = 7_000_000_001L;
    private static final long PETR = 7_000_000_002L;

    private final DialogDriver driver = new DialogDriver();

    /** Olga walks the new-request dialog with two photos and her shared contact, and confirms. */
    private long olgaSendsARequest() {
        driver.command(OLGA, "start", "qr-site");
        driver.pressLabel(OLGA, ru().get("client.menu.new"));
        driver.press(OLGA, "d:washing_machine");
        driver.send(OLGA, "Не сливает воду, гудит при отжиме");
        driver.input(OLGA, new Input.Photo("AgACAgIAAxkBAAIB"));
        driver.input(OLGA, new Input.Photo("AgACAgIAAxkBAAIC"));
        driver.press(OLGA, DialogEngine.SKIP);
        driver.send(OLGA, "г. Москва, ул. Мира, д. 3, кв. 7");
        assertThat(driver.options()).extracting(Option::kind).contains(Option.Kind.REQUEST_CONTACT);
        driver.input(OLGA, new Input.Contact("+7 999 765-43-21", Optional.of(new UserId(OLGA)),
                Optional.of("Ольга Петрова")));
        driver.pressLabel(OLGA, "Ольга Петрова");
        driver.press(OLGA, DialogEngine.SKIP);
        assertThat(driver.step(OLGA)).contains("ClientRequest:confirm");
        driver.press(OLGA, DialogEngine.CONFIRM);
        return driver.requestCount();
    }

    @Test
    void a_client_sends_a_request_with_two_photos_and_a_shared_contact_stored_once_and_the_office_is_told() {
        long number = olgaSendsARequest();

        RepairRequest request = driver.request(number);
        assertThat(request.clientSide().fromClient()).isTrue();
        assertThat(request.clientSide().photos()).extracting(Photo::fileId)
                .containsExactly("AgACAgIAAxkBAAIB", "AgACAgIAAxkBAAIC");
        assertThat(request.client().phone().e164()).isEqualTo("+79997654321");
        assertThat(request.client().name().value()).isEqualTo("Ольга Петрова");
        assertThat(driver.allText()).contains(ru().get("client.create.done", number));
        assertThat(driver.notifications()).extracting(Notification::kind).contains(NotificationKind.REQUEST_CREATED);
        assertThat(driver.clients.find(new UserId(OLGA))).get().satisfies(olga ->
                assertThat(olga.source()).contains("qr-site"));

        driver.press(OLGA, DialogEngine.CONFIRM); // a double tap on Confirm
        assertThat(driver.requestCount()).isEqualTo(number);
    }

    @Test
    void someone_elses_contact_is_refused_and_a_typed_phone_is_taken() {
        driver.command(OLGA, "new");
        driver.press(OLGA, "d:washing_machine");
        driver.send(OLGA, "Не сливает воду, гудит при отжиме");
        driver.press(OLGA, DialogEngine.SKIP);
        driver.send(OLGA, "г. Москва, ул. Мира, д. 3, кв. 7");

        driver.input(OLGA, new Input.Contact("+79991112233", Optional.of(new UserId(PETR)), Optional.of("Пётр")));
        assertThat(driver.allText()).contains(ru().get("error.phone.not_yours"));
        assertThat(driver.step(OLGA)).contains("ClientRequest:phone");

        driver.send(OLGA, "8 999 765-43-21");
        assertThat(driver.step(OLGA)).contains("ClientRequest:name");
    }

    @Test
    void my_requests_shows_the_clients_own_requests_and_another_clients_presses_change_nothing() {
        long number = olgaSendsARequest();

        driver.pressLabel(OLGA, ru().get("client.menu.mine"));
        assertThat(driver.lastText()).contains(ru().get("client.list.title", 1));
        driver.command(PETR, "start");
        driver.pressRaw(PETR, "c:card:" + number);
        assertThat(driver.allText()).contains(ru().get("error.request_not_found", number));
        driver.pressRaw(PETR, "c:cancel:" + number);
        assertThat(driver.allText()).contains(ru().get("error.request_not_found", number));
        assertThat(driver.step(PETR)).isEmpty();
        driver.pressRaw(PETR, "r:" + number + ":refuse"); // a staff button
        driver.pressRaw(PETR, "r:" + number + ":card");
        assertThat(driver.allText()).doesNotContain("Ольга");

        assertThat(driver.request(number).status()).isEqualTo(Status.NEW);
        assertThat(driver.request(number).version()).isEqualTo(1);
    }

    @Test
    void the_clients_card_names_the_assigned_technician_by_first_name_only() {
        long number = olgaSendsARequest();
        driver.technician(DialogDriver.TECHNICIAN, DialogDriver.TECHNICIAN_GROUP);
        driver.assign(number, DialogDriver.TECHNICIAN);

        driver.pressRaw(OLGA, "c:card:" + number);

        assertThat(driver.lastText()).contains(ru().get("client.card.technician_named", "Сергей"))
                .doesNotContain("Петров", "serg");
    }

    @Test
    void the_client_cancels_with_a_reason_from_the_card() {
        long number = olgaSendsARequest();

        driver.pressLabel(OLGA, ru().get("client.action.cancel"));
        driver.send(OLGA, "Починили сами");

        assertThat(driver.request(number).status()).isEqualTo(Status.REFUSED);
        assertThat(driver.request(number).clientSide().cancelled()).isTrue();
        assertThat(driver.allText()).contains(ru().get("client.cancel.done", number))
                .contains(ru().get("client.status.cancelled"));
    }

    @Test
    void a_client_at_the_limit_is_told_before_typing_a_request() {
        olgaSendsARequest();
        olgaSendsARequest();
        olgaSendsARequest();

        driver.command(OLGA, "new");

        assertThat(driver.allText()).contains(ru().get("error.open_limit", 3));
        assertThat(driver.step(OLGA)).isEmpty();
    }

    @Test
    void staff_test_the_clients_side_with_slash_client_and_keep_their_own_menu() {
        driver.command(DialogDriver.DISPATCHER, "client");
        assertThat(driver.lastText()).isEqualTo(ru().get("client.menu.title"));
        driver.pressLabel(DialogDriver.DISPATCHER, ru().get("client.menu.mine"));
        assertThat(driver.lastText()).isEqualTo(ru().get("client.list.empty"));

        driver.command(DialogDriver.DISPATCHER, "menu");
        assertThat(driver.lastText()).startsWith("Главное меню");
    }

    @Test
    void the_dispatchers_summary_says_when_the_phone_entered_belongs_to_a_client_of_the_bot() {
        olgaSendsARequest();
        long dispatcher = DialogDriver.DISPATCHER;

        driver.command(dispatcher, "new");
        driver.press(dispatcher, "d:washing_machine");
        driver.send(dispatcher, "89997654321");
        if (driver.step(dispatcher).orElseThrow().endsWith(":returning")) {
            driver.press(dispatcher, "d:use");
        }
        driver.send(dispatcher, "Не греет воду совсем");
        while (!driver.step(dispatcher).orElseThrow().endsWith(":confirm")) {
            driver.press(dispatcher, DialogEngine.SKIP);
        }

        assertThat(driver.lastText()).contains(ru().get("create.client_linked"));
        driver.press(dispatcher, DialogEngine.CONFIRM);
        assertThat(driver.request(driver.requestCount()).clientSide().isClient(new UserId(OLGA))).isTrue();
    }

    @Test
    void the_client_is_answered_in_english() {
        driver.speaking(Locale.ENGLISH).command(OLGA, "start");

        assertThat(driver.lastText()).isEqualTo(DialogDriver.en().get("client.menu.title"));
        assertThat(driver.clients.find(new UserId(OLGA))).get().satisfies(olga ->
                assertThat(olga.language()).isEqualTo("en"));
    }
}
