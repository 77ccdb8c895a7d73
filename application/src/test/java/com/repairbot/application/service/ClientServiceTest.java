package com.repairbot.application.service;

import static com.repairbot.application.service.NotificationPolicy.privateChat;
import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.OTHER_DISPATCHER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.ClientSettings;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.CancelClientRequestCommand;
import com.repairbot.application.port.in.RateRequestCommand;
import com.repairbot.application.port.in.ViewClientRequestQuery;
import com.repairbot.application.port.in.ClientRequestView;
import com.repairbot.application.port.in.ClientRequestsQuery;
import com.repairbot.application.port.in.CompleteRequestCommand;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.CreateRequestResult;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.OpenRequestLimitException;
import com.repairbot.application.port.in.RecordClientCommand;
import com.repairbot.application.port.in.RequestNotFoundException;
import com.repairbot.application.port.in.RescheduleVisitCommand;
import com.repairbot.application.port.in.SubmitClientRequestCommand;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.domain.client.ClientAccount;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.TransitionRefusedException;
import com.repairbot.domain.request.Photo;
import com.repairbot.domain.request.Rating;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The client's side through the service: sending, the limit, owning, cancelling, rating, being told. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClientServiceTest {

    private static final UserId OLGA = new UserId(7_000_000_001L);
    private static final UserId PETR = new UserId(7_000_000_002L);
    private static final List<Photo> TWO_PHOTOS = List.of(new Photo("AgACAgIAAxkBAAIB"), new Photo("AgACAgIAAxkBAAIC"));

    private final World world = new World();
    private final ClientService clients = world.clientService(ClientSettings.defaults());

    private CreateRequestResult submit(UserId client, String key) {
        return clients.submit(new SubmitClientRequestCommand(client, World.draft(), TWO_PHOTOS, key));
    }

    private RequestNumber submitted(UserId client) {
        return submit(client, world.nextKey()).request().number();
    }

    private RepairRequest stored(RequestNumber number) {
        return world.storedRequests.find(number).orElseThrow();
    }

    private List<Notification> toClient(List<Notification> notes, UserId client) {
        return notes.stream().filter(n -> n.recipient().equals(privateChat(client))).toList();
    }

    @Test
    void a_client_sends_a_request_stored_once_with_its_photos_and_the_office_is_told_as_for_any_new_one() {
        CreateRequestResult first = submit(OLGA, "dialog-1");
        CreateRequestResult again = submit(OLGA, "dialog-1");

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.request().number()).isEqualTo(first.request().number());
        assertThat(world.storedRequests.countOfClient(OLGA, java.util.Set.of())).isEqualTo(1);
        RepairRequest request = stored(first.request().number());
        assertThat(request.clientSide().fromClient()).isTrue();
        assertThat(request.clientSide().photos()).hasSize(2);
        assertThat(world.drainOutbox()).extracting(Notification::recipient, Notification::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(privateChat(ADMIN), NotificationKind.REQUEST_CREATED),
                org.assertj.core.groups.Tuple.tuple(privateChat(DISPATCHER), NotificationKind.REQUEST_CREATED),
                org.assertj.core.groups.Tuple.tuple(privateChat(OTHER_DISPATCHER), NotificationKind.REQUEST_CREATED));
        assertThat(world.clients.find(OLGA)).get().satisfies(olga -> {
            assertThat(olga.phone()).contains(new PhoneNumber(World.CLIENT_PHONE));
            assertThat(olga.name()).contains(request.client().name());
        });
    }

    @Test
    void a_client_at_the_open_request_limit_is_refused_before_a_number_is_spent_and_may_send_again_after_a_cancel() {
        ClientService limited = world.clientService(new ClientSettings(true, 2));
        RequestNumber first = limited.submit(new SubmitClientRequestCommand(OLGA, World.draft(), List.of(),
                world.nextKey())).request().number();
        limited.submit(new SubmitClientRequestCommand(OLGA, World.draft(), List.of(), world.nextKey()));

        assertThatThrownBy(() -> limited.submit(new SubmitClientRequestCommand(OLGA, World.draft(), List.of(),
                world.nextKey()))).isInstanceOfSatisfying(OpenRequestLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(2));
        assertThat(world.storedRequests.countOfClient(OLGA, java.util.Set.of())).isEqualTo(2);

        limited.cancel(new CancelClientRequestCommand(OLGA, first, Optional.empty()));
        RequestNumber third = limited.submit(new SubmitClientRequestCommand(OLGA, World.draft(), List.of(),
                world.nextKey())).request().number();
        assertThat(third.value()).isEqualTo(3); // no number was spent on the refused attempt
    }

    @Test
    void with_clients_switched_off_only_staff_reach_the_client_side() {
        ClientService off = world.clientService(new ClientSettings(false, 3));

        assertThatThrownBy(() -> off.submit(new SubmitClientRequestCommand(OLGA, World.draft(), List.of(), "k")))
                .isInstanceOfSatisfying(ActionNotPermittedException.class,
                        e -> assertThat(e.action()).isEqualTo("client"));
        assertThatThrownBy(() -> off.record(new RecordClientCommand(OLGA, "ru", Optional.empty())))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThat(off.submit(new SubmitClientRequestCommand(DISPATCHER, World.draft(), List.of(), "k2")).created())
                .isTrue();
    }

    @Test
    void a_client_is_remembered_with_where_they_came_from_and_keeps_it() {
        ClientAccount first = clients.record(new RecordClientCommand(OLGA, "en", Optional.of("sticker-42")));
        ClientAccount again = clients.record(new RecordClientCommand(OLGA, "ru", Optional.of("site")));

        assertThat(first.source()).contains("sticker-42");
        assertThat(first.language()).isEqualTo("en");
        assertThat(again.source()).contains("sticker-42");
        assertThat(world.clients.find(OLGA)).contains(again);
        assertThat(clients.record(new RecordClientCommand(PETR, "de", Optional.of("not a payload!"))))
                .satisfies(petr -> {
                    assertThat(petr.language()).isEqualTo("ru");
                    assertThat(petr.source()).isEmpty();
                });
    }

    @Test
    void a_client_sees_only_their_own_requests_and_another_clients_number_reads_as_not_found() {
        RequestNumber olgas = submitted(OLGA);
        RequestNumber petrs = submitted(PETR);
        world.newRequest();

        assertThat(clients.listOwn(new ClientRequestsQuery(OLGA, 0)).requests())
                .extracting(ClientRequestView::number).containsExactly(olgas);
        assertThat(clients.view(new ViewClientRequestQuery(OLGA, olgas)).mayCancel()).isTrue();
        assertThatThrownBy(() -> clients.view(new ViewClientRequestQuery(OLGA, petrs)))
                .isInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void another_clients_cancel_and_rating_change_nothing() {
        RequestNumber petrs = submitted(PETR);
        RepairRequest before = stored(petrs);
        world.drainOutbox();

        assertThatThrownBy(() -> clients.cancel(new CancelClientRequestCommand(OLGA, petrs, Optional.empty())))
                .isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> clients.rate(new RateRequestCommand(OLGA, petrs, Rating.of(1))))
                .isInstanceOf(RequestNotFoundException.class);
        assertThat(stored(petrs)).isEqualTo(before);
        assertThat(world.drainOutbox()).isEmpty();
    }

    @Test
    void the_client_cancels_an_assigned_request_the_office_and_the_technician_are_told_and_the_card_updated() {
        RequestNumber number = submitted(OLGA);
        world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));
        world.drainOutbox();

        ClientRequestView view = clients.cancel(new CancelClientRequestCommand(OLGA, number,
                Optional.of(new RefusalReason("Починили сами"))));

        assertThat(view.status()).isEqualTo(Status.REFUSED);
        assertThat(view.cancelled()).isTrue();
        assertThat(view.mayCancel()).isFalse();
        assertThat(world.history(number).getLast().by()).isEqualTo(OLGA);
        assertThat(world.lastAudit().action()).isEqualTo("request.cancel");
        List<Notification> told = world.drainOutbox();
        assertThat(told).filteredOn(n -> n.kind() == NotificationKind.CANCELLED_BY_CLIENT)
                .extracting(Notification::recipient).containsExactlyInAnyOrder(privateChat(ADMIN),
                        privateChat(DISPATCHER), privateChat(OTHER_DISPATCHER), privateChat(TECHNICIAN));
        assertThat(told).contains(new Notification(TECHNICIAN_GROUP, NotificationKind.CARD_UPDATE, number, ""));
        assertThat(toClient(told, OLGA)).isEmpty();
    }

    @Test
    void nobody_cancels_once_the_technician_accepted() {
        RequestNumber number = submitted(OLGA);
        world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));
        world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));

        assertThatThrownBy(() -> clients.cancel(new CancelClientRequestCommand(OLGA, number, Optional.empty())))
                .isInstanceOf(TransitionRefusedException.class);
        assertThat(stored(number).status()).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void the_client_is_told_of_every_move_and_of_a_new_visit_time_and_never_gets_the_offices_notices() {
        RequestNumber number = submitted(OLGA);
        world.drainOutbox();

        world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));
        world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));
        world.lifecycle.reschedule(new RescheduleVisitCommand(TECHNICIAN, number,
                new ScheduledVisit("завтра 10:00", Optional.empty()), ""));
        world.lifecycle.markOnSite(new MarkOnSiteCommand(TECHNICIAN, number));
        world.lifecycle.complete(new CompleteRequestCommand(TECHNICIAN, number, Money.rubles(5000),
                Money.rubles(500), false, false));

        assertThat(toClient(world.drainOutbox(), OLGA)).extracting(Notification::kind, Notification::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.CLIENT_UPDATE, "assign"),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.CLIENT_UPDATE, "accept"),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.CLIENT_UPDATE, "visit"),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.CLIENT_UPDATE, "onsite"),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.CLIENT_UPDATE, "complete"));
    }

    @Test
    void a_phoned_in_request_with_a_phone_a_client_shared_is_linked_to_that_client_who_is_told_and_sees_it() {
        submitted(OLGA); // Olga shared +79991234567 with the bot
        RequestNumber phonedIn = world.lifecycle.create(new CreateRequestCommand(DISPATCHER, World.draft(),
                world.nextKey())).request().number();
        world.drainOutbox();

        world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, phonedIn, TECHNICIAN));

        assertThat(stored(phonedIn).clientSide().isClient(OLGA)).isTrue();
        assertThat(stored(phonedIn).clientSide().fromClient()).isFalse();
        assertThat(toClient(world.drainOutbox(), OLGA)).extracting(Notification::detail).containsExactly("assign");
        assertThat(clients.listOwn(new ClientRequestsQuery(OLGA, 0)).requests()).extracting(ClientRequestView::number)
                .contains(phonedIn);
    }

    @Test
    void the_office_card_shows_that_the_client_following_the_request_blocked_the_bot() {
        RequestNumber number = submitted(OLGA);

        world.reachability.lost(privateChat(OLGA), com.repairbot.application.port.out.UnreachableMark.Reason.BLOCKED);

        assertThat(world.queries.view(new com.repairbot.application.port.in.ViewRequestCardQuery(DISPATCHER, number))
                .unreachable()).extracting(com.repairbot.application.port.out.UnreachableMark::chat)
                .containsExactly(privateChat(OLGA));
    }

    @Test
    void a_request_whose_phone_no_client_shared_is_linked_to_nobody() {
        RequestNumber number = world.newRequest();

        assertThat(stored(number).clientSide().account()).isEmpty();
    }

    @Test
    void the_client_rates_a_closed_request_once_and_the_technicians_card_is_brought_up_to_date() {
        RequestNumber number = submitted(OLGA);
        world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));
        world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));
        world.lifecycle.markOnSite(new MarkOnSiteCommand(TECHNICIAN, number));
        world.lifecycle.complete(new CompleteRequestCommand(TECHNICIAN, number, Money.rubles(5000),
                Money.rubles(500), false, false));
        assertThat(clients.view(new ViewClientRequestQuery(OLGA, number)).mayRate()).isTrue();
        world.drainOutbox();

        ClientRequestView rated = clients.rate(new RateRequestCommand(OLGA, number,
                new Rating(5, Optional.of("Спасибо!"))));

        assertThat(rated.rating()).contains(new Rating(5, Optional.of("Спасибо!")));
        assertThat(rated.mayRate()).isFalse();
        assertThat(rated.total()).contains(Money.rubles(5000));
        assertThat(world.lastAudit().action()).isEqualTo("request.rate");
        assertThat(world.drainOutbox()).containsExactly(
                new Notification(TECHNICIAN_GROUP, NotificationKind.CARD_UPDATE, number, ""));
        assertThatThrownBy(() -> clients.rate(new RateRequestCommand(OLGA, number, Rating.of(1))))
                .isInstanceOfSatisfying(ActionNotPermittedException.class,
                        e -> assertThat(e.action()).isEqualTo("rate.again"));
    }
}
