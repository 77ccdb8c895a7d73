package com.repairbot.application.service;

import static com.repairbot.application.service.NotificationPolicy.privateChat;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ClientSettings;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.CancelClientRequestCommand;
import com.repairbot.application.port.in.RateRequestCommand;
import com.repairbot.application.port.in.ViewClientRequestQuery;
import com.repairbot.application.port.in.CompleteRequestCommand;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.RecordClientCommand;
import com.repairbot.application.port.in.SubmitClientRequestCommand;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What the relay writes to a client: in the client's language, their own card only, nothing internal. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClientNoticesTest {

    private static final UserId OLGA = new UserId(7_000_000_001L);
    private static final String NOTES = "Код домофона 4711, злая собака";

    private final World world = new World();
    private final ClientService clients = world.clientService(ClientSettings.defaults());
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final NotificationRelay relay = new NotificationRelay(world.settings, world.outbox, world.requests,
            world.staff, world.placements, messenger, world.clock, world.reachability);

    /** Olga (English) shared her phone; the office enters a request for that phone with internal notes. */
    private RequestNumber phonedInForOlga() {
        // the language she reads is kept per person, as for staff (ADR 0028): Telegram's, or the one she chose
        world.staff.savePerson(com.repairbot.domain.staff.Person.unknown(OLGA)
                .seenAs("Olga", "", "", java.util.Locale.ENGLISH));
        clients.submit(new SubmitClientRequestCommand(OLGA, World.draft(), List.of(), world.nextKey()));
        RequestNumber number = world.lifecycle.create(new CreateRequestCommand(DISPATCHER,
                World.draft(Optional.of(new Notes(NOTES))), world.nextKey())).request().number();
        world.drainOutbox();
        return number;
    }

    private List<String> textsToOlga() {
        relay.deliverDue(100);
        return messenger.sent().stream().filter(s -> s.chat().equals(privateChat(OLGA)))
                .map(s -> s.message().text()).toList();
    }

    @Test
    void the_client_is_told_in_their_own_language_with_the_total_to_pay_and_nothing_the_office_keeps() {
        RequestNumber number = phonedInForOlga();
        world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));
        world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));
        world.lifecycle.markOnSite(new MarkOnSiteCommand(TECHNICIAN, number));
        world.lifecycle.complete(new CompleteRequestCommand(TECHNICIAN, number, Money.rubles(5000),
                Money.rubles(500), true, false));

        List<String> texts = textsToOlga();

        assertThat(texts).hasSize(4);
        assertThat(texts.get(0)).startsWith("👷 A technician is assigned to request #" + number.value());
        assertThat(texts.get(3)).startsWith("🎉 Request #" + number.value() + " is done. To pay: 5")
                .contains("Your request #" + number.value());
        String technicianPhone = world.staff.technician(TECHNICIAN).orElseThrow().phone().e164();
        assertThat(String.join("\n", texts)).doesNotContain(NOTES).doesNotContain("4711")
                .doesNotContain(technicianPhone).doesNotContain(technicianPhone.substring(2))
                .doesNotContain("2 250").doesNotContain("%");
    }

    @Test
    void a_client_the_bot_does_not_know_the_language_of_is_told_in_russian() {
        RequestNumber number = clients.submit(new SubmitClientRequestCommand(OLGA, World.draft(), List.of(),
                world.nextKey())).request().number();
        world.drainOutbox();
        world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));

        assertThat(textsToOlga()).singleElement().asString().startsWith("👷 По заявке #" + number.value());
    }

    @Test
    void the_office_reads_that_the_client_cancelled_without_the_clients_phone_in_the_notice() {
        RequestNumber number = clients.submit(new SubmitClientRequestCommand(OLGA, World.draft(), List.of(),
                world.nextKey())).request().number();
        world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));
        world.drainOutbox();
        clients.cancel(new CancelClientRequestCommand(OLGA, number, Optional.empty()));

        relay.deliverDue(100);

        List<String> toTechnician = messenger.sent().stream().filter(s -> s.chat().equals(privateChat(TECHNICIAN)))
                .map(s -> s.message().text()).toList();
        assertThat(toTechnician).singleElement().asString()
                .startsWith("❌ Клиент отменил заявку #" + number.value())
                .contains("❌ Отменена клиентом").doesNotContain(World.CLIENT_PHONE);
    }
}
