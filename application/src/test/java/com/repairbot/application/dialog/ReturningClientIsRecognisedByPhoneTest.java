package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADDRESS;
import static com.repairbot.application.dialog.DialogDriver.DESCRIPTION;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.FindReturningClientQuery;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.staff.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The create dialog asks the phone right after the equipment; when earlier requests have that phone, it offers the
 * name and address of the newest one (use / type again), and the summary shows what will be stored.
 */
class ReturningClientIsRecognisedByPhoneTest {

    private final DialogDriver bot = new DialogDriver();

    @BeforeEach
    void anEarlierRequest() {
        bot.createRequest(DISPATCHER); // NAME, ADDRESS, PHONE as request #1
    }

    private void newRequestFor(String phone) {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:phone");
        bot.send(DISPATCHER, phone);
    }

    @Test
    void the_name_and_address_of_the_earlier_request_are_offered_and_used() {
        newRequestFor("8 (999) 123-45-67");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:returning");
        assertThat(bot.lastText()).isEqualTo(ru().get("create.returning", 1, NAME, ADDRESS));
        assertThat(bot.optionLabels()).containsExactly(ru().get("create.returning.use"),
                ru().get("create.returning.change"), ru().get("nav.back"), ru().get("nav.cancel"));

        bot.pressLabel(DISPATCHER, ru().get("create.returning.use"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:description");
        bot.send(DISPATCHER, "Не греет, ошибка F3");
        assertThat(bot.step(DISPATCHER)).as("name and address are not asked again")
                .contains("CreateRequest:notes");
        bot.press(DISPATCHER, DialogEngine.SKIP);
        bot.press(DISPATCHER, DialogEngine.SKIP);

        assertThat(bot.lastText()).contains("Клиент: " + NAME, "Адрес: " + ADDRESS, "Телефон: " + PHONE,
                ru().get("create.returning.used", 1));
        bot.press(DISPATCHER, DialogEngine.CONFIRM);
        assertThat(bot.request(2).client().name().value()).isEqualTo(NAME);
        assertThat(bot.request(2).client().address().value()).isEqualTo(ADDRESS);
        assertThat(bot.request(2).description().value()).isEqualTo("Не греет, ошибка F3");
    }

    @Test
    void type_again_asks_the_name_and_address_and_stores_what_was_typed() {
        newRequestFor(PHONE);
        bot.pressLabel(DISPATCHER, ru().get("create.returning.change"));
        bot.send(DISPATCHER, DESCRIPTION);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:name");
        bot.send(DISPATCHER, "Иванова Мария");
        bot.send(DISPATCHER, "г. Москва, ул. Мира, д. 1, кв. 2");
        bot.press(DISPATCHER, DialogEngine.SKIP);
        bot.press(DISPATCHER, DialogEngine.SKIP);

        assertThat(bot.lastText()).contains("Клиент: Иванова Мария", "Адрес: г. Москва, ул. Мира, д. 1, кв. 2")
                .doesNotContain(NAME);
        bot.press(DISPATCHER, DialogEngine.CONFIRM);
        assertThat(bot.request(2).client().name().value()).isEqualTo("Иванова Мария");
    }

    @Test
    void back_from_the_description_returns_to_the_offer_and_a_new_phone_asks_the_name() {
        newRequestFor(PHONE);
        bot.pressLabel(DISPATCHER, ru().get("create.returning.use"));

        bot.press(DISPATCHER, DialogEngine.BACK);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:returning");
        bot.press(DISPATCHER, DialogEngine.BACK);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:phone");

        bot.send(DISPATCHER, "+79990000000"); // nobody asked with this one
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:description");
        bot.send(DISPATCHER, DESCRIPTION);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:name");
    }

    @Test
    void a_phone_never_seen_goes_on_to_the_description() {
        newRequestFor("+79990000000");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:description");
        assertThat(bot.lastText()).isEqualTo(ru().get("create.description"));
    }

    @Test
    void only_those_who_enter_requests_may_look_a_client_up_by_phone() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);

        assertThat(bot.useCases.returningClient().find(new FindReturningClientQuery(new UserId(DISPATCHER),
                PhoneNumber.parse(PHONE)))).hasValueSatisfying(client -> assertThat(client.lastRequest().value())
                .isEqualTo(1));
        assertThatThrownBy(() -> bot.useCases.returningClient().find(new FindReturningClientQuery(
                new UserId(TECHNICIAN), PhoneNumber.parse(PHONE)))).isInstanceOf(ActionNotPermittedException.class);
    }
}
