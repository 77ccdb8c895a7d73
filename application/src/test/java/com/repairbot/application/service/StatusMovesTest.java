package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.OTHER_DISPATCHER;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN_GROUP;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_GROUP;
import static com.repairbot.application.service.World.TODAY;
import static com.repairbot.application.service.World.privateChat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.CompleteRequestCommand;
import com.repairbot.application.port.in.DeclineRequestCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.RefuseRequestCommand;
import com.repairbot.application.port.in.ReopenRequestCommand;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.port.in.StartLongRepairCommand;
import com.repairbot.application.port.in.UnassignTechnicianCommand;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplit;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each status move of docs/statuses.md through the service: the request, its history, audit and notifications. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatusMovesTest {

    private final World world = new World();

    /** Brings a request to the status, empties the outbox and moves the clock on, so that the move is seen alone. */
    private RequestNumber given(Status status) {
        RequestNumber number = world.requestIn(status);
        world.drainOutbox();
        world.clock.advance(Duration.ofMinutes(5));
        return number;
    }

    private Instant now() {
        return world.clock.instant();
    }

    private void assertRecorded(RequestNumber number, Status from, Status to, UserId by, String action,
                                String comment) {
        assertThat(world.history(number).getLast())
                .isEqualTo(new HistoryEntry(number, Optional.of(from), to, by, now(), comment));
        assertThat(world.lastAudit()).isEqualTo(new AuditEntry(now(), by, "request." + action, Optional.of(number),
                from + "->" + to));
    }

    private static Notification note(ChatId to, NotificationKind kind,
                                     RequestNumber number, String detail) {
        return new Notification(to, kind, number, detail);
    }

    /** The card in the technician's work group is brought up to date. */
    private static Notification cardUpdate(RequestNumber number) {
        return new Notification(TECHNICIAN_GROUP, NotificationKind.CARD_UPDATE, number, "");
    }

    private static Notification statusChanged(RequestNumber number, Status to) {
        return new Notification(privateChat(DISPATCHER), NotificationKind.STATUS_CHANGED, number, to.name());
    }

    @Nested
    class Assign {

        @Test
        void a_dispatcher_assigns_an_active_technician_with_a_work_group() {
            RequestNumber number = given(Status.NEW);

            RequestChangeResult result = world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number,
                    TECHNICIAN));

            assertThat(result.changed()).isTrue();
            RepairRequest request = world.request(number);
            assertThat(result.request()).isEqualTo(request);
            assertThat(request.status()).isEqualTo(Status.ASSIGNED);
            assertThat(request.technician()).contains(TECHNICIAN);
            assertThat(request.version()).isEqualTo(2);
            assertThat(request.statusSince()).isEqualTo(now());
            assertRecorded(number, Status.NEW, Status.ASSIGNED, DISPATCHER, "assign", "technician:" + TECHNICIAN);
        }

        @Test
        void the_card_goes_to_the_technicians_work_group_and_a_note_to_their_private_chat() {
            RequestNumber number = given(Status.NEW);

            world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));

            assertThat(world.drainOutbox()).containsExactly(
                    note(TECHNICIAN_GROUP, NotificationKind.REQUEST_ASSIGNED, number, ""),
                    note(privateChat(TECHNICIAN), NotificationKind.ASSIGNED_TO_YOU, number, ""));
        }

        @Test
        void an_admin_assigning_tells_the_dispatcher_who_created_the_request() {
            RequestNumber number = given(Status.NEW);

            world.lifecycle.assign(new AssignTechnicianCommand(ADMIN, number, TECHNICIAN));

            assertThat(world.drainOutbox()).containsExactly(
                    note(TECHNICIAN_GROUP, NotificationKind.REQUEST_ASSIGNED, number, ""),
                    note(privateChat(TECHNICIAN), NotificationKind.ASSIGNED_TO_YOU, number, ""),
                    statusChanged(number, Status.ASSIGNED));
            assertRecorded(number, Status.NEW, Status.ASSIGNED, ADMIN, "assign", "technician:" + TECHNICIAN);
        }

        @Test
        void reassigning_to_another_technician_keeps_the_status_and_tells_both_technicians() {
            RequestNumber number = given(Status.ASSIGNED);
            Instant assignedAt = world.request(number).statusSince();

            RequestChangeResult result = world.lifecycle.assign(new AssignTechnicianCommand(OTHER_DISPATCHER, number,
                    OTHER_TECHNICIAN));

            assertThat(result.changed()).isTrue();
            RepairRequest request = world.request(number);
            assertThat(request.status()).isEqualTo(Status.ASSIGNED);
            assertThat(request.technician()).contains(OTHER_TECHNICIAN);
            assertThat(request.statusSince()).isEqualTo(assignedAt);
            assertThat(request.updatedAt()).isEqualTo(now());
            assertRecorded(number, Status.ASSIGNED, Status.ASSIGNED, OTHER_DISPATCHER, "reassign",
                    "technician:" + OTHER_TECHNICIAN);
            assertThat(world.drainOutbox()).containsExactly(
                    note(OTHER_TECHNICIAN_GROUP, NotificationKind.REQUEST_ASSIGNED, number, ""),
                    note(privateChat(OTHER_TECHNICIAN), NotificationKind.ASSIGNED_TO_YOU, number, ""),
                    note(TECHNICIAN_GROUP, NotificationKind.CARD_UPDATE, number, ""),
                    note(privateChat(TECHNICIAN), NotificationKind.UNASSIGNED_FROM_YOU, number, ""),
                    statusChanged(number, Status.ASSIGNED));
        }

        @Test
        void assigning_the_technician_who_has_it_already_changes_nothing() {
            RequestNumber number = given(Status.ASSIGNED);
            World.Snapshot before = world.snapshot(number);

            RequestChangeResult result = world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number,
                    TECHNICIAN));

            assertThat(result.changed()).isFalse();
            assertThat(result.request()).isEqualTo(before.request().orElseThrow());
            assertThat(world.snapshot(number)).isEqualTo(before);
        }
    }

    @Nested
    class Unassign {

        @Test
        void a_dispatcher_takes_an_assigned_request_back_to_the_pool_and_the_technician_is_told() {
            RequestNumber number = given(Status.ASSIGNED);

            RequestChangeResult result = world.lifecycle.unassign(new UnassignTechnicianCommand(DISPATCHER, number));

            assertThat(result.changed()).isTrue();
            assertThat(world.request(number).status()).isEqualTo(Status.NEW);
            assertThat(world.request(number).technician()).isEmpty();
            assertRecorded(number, Status.ASSIGNED, Status.NEW, DISPATCHER, "unassign", "");
            assertThat(world.drainOutbox()).containsExactly(
                    note(TECHNICIAN_GROUP, NotificationKind.CARD_UPDATE, number, ""),
                    note(privateChat(TECHNICIAN), NotificationKind.UNASSIGNED_FROM_YOU, number, ""));
        }

        @Test
        void an_admin_unassigning_also_tells_the_author() {
            RequestNumber number = given(Status.ASSIGNED);

            world.lifecycle.unassign(new UnassignTechnicianCommand(ADMIN, number));

            assertThat(world.drainOutbox()).containsExactly(
                    note(TECHNICIAN_GROUP, NotificationKind.CARD_UPDATE, number, ""),
                    note(privateChat(TECHNICIAN), NotificationKind.UNASSIGNED_FROM_YOU, number, ""),
                    statusChanged(number, Status.NEW));
        }
    }

    @Nested
    class Accept {

        @Test
        void the_assigned_technician_accepts_and_the_author_is_told() {
            RequestNumber number = given(Status.ASSIGNED);

            RequestChangeResult result = world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));

            assertThat(result.changed()).isTrue();
            assertThat(world.request(number).status()).isEqualTo(Status.ACCEPTED);
            assertThat(world.request(number).technician()).contains(TECHNICIAN);
            assertRecorded(number, Status.ASSIGNED, Status.ACCEPTED, TECHNICIAN, "accept", "");
            assertThat(world.drainOutbox()).containsExactly(cardUpdate(number), statusChanged(number, Status.ACCEPTED));
        }

        @Test
        void an_admin_may_accept_on_behalf_of_the_technician() {
            RequestNumber number = given(Status.ASSIGNED);

            world.lifecycle.accept(new AcceptRequestCommand(ADMIN, number));

            assertThat(world.request(number).status()).isEqualTo(Status.ACCEPTED);
            assertRecorded(number, Status.ASSIGNED, Status.ACCEPTED, ADMIN, "accept", "");
        }

        @Test
        void accepting_twice_changes_nothing_the_second_time() {
            RequestNumber number = given(Status.ASSIGNED);
            world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));
            World.Snapshot before = world.snapshot(number);

            RequestChangeResult again = world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));

            assertThat(again.changed()).isFalse();
            assertThat(again.request()).isEqualTo(before.request().orElseThrow());
            assertThat(world.snapshot(number)).isEqualTo(before);
        }
    }

    @Nested
    class Decline {

        @Test
        void the_assigned_technician_declines_with_a_reason() {
            RequestNumber number = given(Status.ASSIGNED);

            RequestChangeResult result = world.lifecycle.decline(new DeclineRequestCommand(TECHNICIAN, number,
                    World.reason()));

            assertThat(result.changed()).isTrue();
            assertThat(world.request(number).status()).isEqualTo(Status.REFUSED);
            assertThat(world.request(number).refusal()).contains(World.reason());
            assertRecorded(number, Status.ASSIGNED, Status.REFUSED, TECHNICIAN, "decline", World.reason().value());
            assertThat(world.drainOutbox()).containsExactly(cardUpdate(number), statusChanged(number, Status.REFUSED));
        }
    }

    @Nested
    class OnSite {

        @Test
        void the_technician_arrives_at_an_accepted_request() {
            RequestNumber number = given(Status.ACCEPTED);

            RequestChangeResult result = world.lifecycle.markOnSite(new MarkOnSiteCommand(TECHNICIAN, number));

            assertThat(result.changed()).isTrue();
            assertThat(world.request(number).status()).isEqualTo(Status.ONSITE);
            assertRecorded(number, Status.ACCEPTED, Status.ONSITE, TECHNICIAN, "onsite", "");
            assertThat(world.drainOutbox()).containsExactly(cardUpdate(number), statusChanged(number, Status.ONSITE));
        }

        @Test
        void the_technician_comes_back_after_a_long_repair() {
            RequestNumber number = given(Status.LONG_REPAIR);

            world.lifecycle.markOnSite(new MarkOnSiteCommand(TECHNICIAN, number));

            assertThat(world.request(number).status()).isEqualTo(Status.ONSITE);
            assertThat(world.request(number).longRepair()).contains(World.plan());
            assertRecorded(number, Status.LONG_REPAIR, Status.ONSITE, TECHNICIAN, "onsite", "");
        }
    }

    @Nested
    class LongRepair {

        @Test
        void an_accepted_request_becomes_a_long_repair_with_its_plan() {
            RequestNumber number = given(Status.ACCEPTED);

            RequestChangeResult result = world.lifecycle.startLongRepair(new StartLongRepairCommand(TECHNICIAN, number,
                    World.plan()));

            assertThat(result.changed()).isTrue();
            assertThat(world.request(number).status()).isEqualTo(Status.LONG_REPAIR);
            assertThat(world.request(number).longRepair()).contains(World.plan());
            assertRecorded(number, Status.ACCEPTED, Status.LONG_REPAIR, TECHNICIAN, "long_repair",
                    "prepayment:1000.00 ТЭН заказан");
            assertThat(world.drainOutbox()).containsExactly(cardUpdate(number),
                    statusChanged(number, Status.LONG_REPAIR));
        }

        @Test
        void a_request_on_site_becomes_a_long_repair_expected_today() {
            RequestNumber number = given(Status.ONSITE);
            LongRepairPlan today = new LongRepairPlan(TODAY, Optional.empty(), "");

            world.lifecycle.startLongRepair(new StartLongRepairCommand(TECHNICIAN, number, today));

            assertThat(world.request(number).longRepair()).contains(today);
            assertRecorded(number, Status.ONSITE, Status.LONG_REPAIR, TECHNICIAN, "long_repair", "");
        }

        @Test
        void an_expected_date_in_the_past_is_refused_and_nothing_changes() {
            RequestNumber number = given(Status.ACCEPTED);
            World.Snapshot before = world.snapshot(number);
            LongRepairPlan yesterday = new LongRepairPlan(TODAY.minusDays(1), Optional.empty(), "");

            assertThatThrownBy(() -> world.lifecycle.startLongRepair(new StartLongRepairCommand(TECHNICIAN, number,
                    yesterday)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.code()).isEqualTo("long_repair.date.past"));
            assertThat(world.snapshot(number)).isEqualTo(before);
        }

        @Test
        void the_past_is_judged_by_the_business_date_not_the_utc_one() {
            RequestNumber number = given(Status.ACCEPTED);
            world.clock.set(Instant.parse("2025-03-10T22:30:00Z")); // already the 11th in Moscow

            assertThatThrownBy(() -> world.lifecycle.startLongRepair(new StartLongRepairCommand(TECHNICIAN, number,
                    new LongRepairPlan(LocalDate.of(2025, 3, 10), Optional.empty(), ""))))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.code()).isEqualTo("long_repair.date.past"));
        }
    }

    @Nested
    class Complete {

        // not the default policy, to show the configured one is used: below 5000 ₽ 20 %, +5 % out of city
        private final World custom = new World(World.settings(10,
                new ProfitSplitPolicy(Money.rubles(5000), 30, 20, 5, 5)));

        @Test
        void the_technician_closes_with_the_money_split_by_the_configured_policy_to_the_kopeck() {
            RequestNumber number = custom.requestIn(Status.ONSITE);
            custom.drainOutbox();

            RequestChangeResult result = custom.lifecycle.complete(new CompleteRequestCommand(TECHNICIAN, number,
                    Money.parse("1 234,55"), Money.parse("234,56"), false, true));

            assertThat(result.changed()).isTrue();
            RepairRequest closed = custom.request(number);
            assertThat(closed.status()).isEqualTo(Status.CLOSED);
            assertThat(closed.completion()).hasValueSatisfying(money -> {
                assertThat(money.total()).isEqualTo(new Money(123_455));
                assertThat(money.materials()).isEqualTo(new Money(23_456));
                assertThat(money.reviewTaken()).isFalse();
                assertThat(money.outOfCity()).isTrue();
                // net 999,99 × 25 % = 249,9975 → 250,00 for the technician, 749,99 for the company
                assertThat(money.split()).isEqualTo(new ProfitSplit(new Money(99_999), 25, new Money(25_000),
                        new Money(74_999)));
            });
            assertThat(custom.lastAudit()).isEqualTo(new AuditEntry(custom.clock.instant(), TECHNICIAN,
                    "request.complete", Optional.of(number), "ONSITE->CLOSED"));
            assertThat(custom.history(number).getLast().to()).isEqualTo(Status.CLOSED);
            assertThat(custom.drainOutbox()).containsExactly(cardUpdate(number), statusChanged(number, Status.CLOSED));
        }

        @Test
        void the_default_policy_gives_half_of_a_large_net_plus_the_review_bonus() {
            RequestNumber number = given(Status.LONG_REPAIR);

            world.lifecycle.complete(new CompleteRequestCommand(TECHNICIAN, number, Money.rubles(10_000),
                    Money.rubles(2_000), true, false));

            assertThat(world.request(number).completion().orElseThrow().split()).isEqualTo(new ProfitSplit(
                    Money.rubles(8_000), 60, Money.rubles(4_800), Money.rubles(3_200)));
            assertRecorded(number, Status.LONG_REPAIR, Status.CLOSED, TECHNICIAN, "complete", "");
        }

        @Test
        void materials_dearer_than_the_total_are_refused_and_nothing_changes() {
            RequestNumber number = given(Status.ONSITE);
            World.Snapshot before = world.snapshot(number);

            assertThatThrownBy(() -> world.lifecycle.complete(new CompleteRequestCommand(TECHNICIAN, number,
                    Money.rubles(100), Money.rubles(101), false, false)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.code()).isEqualTo("materials.exceed_total"));
            assertThat(world.snapshot(number)).isEqualTo(before);
        }
    }

    @Nested
    class Refuse {

        @Test
        void the_author_refuses_a_new_request_with_a_reason_and_is_not_told_of_it() {
            RequestNumber number = given(Status.NEW);

            RequestChangeResult result = world.lifecycle.refuse(new RefuseRequestCommand(DISPATCHER, number,
                    World.reason()));

            assertThat(result.changed()).isTrue();
            assertThat(world.request(number).status()).isEqualTo(Status.REFUSED);
            assertThat(world.request(number).refusal()).contains(World.reason());
            assertRecorded(number, Status.NEW, Status.REFUSED, DISPATCHER, "refuse", World.reason().value());
            assertThat(world.drainOutbox()).isEmpty();
        }

        @Test
        void another_dispatcher_refusing_an_accepted_request_tells_the_author() {
            RequestNumber number = given(Status.ACCEPTED);

            world.lifecycle.refuse(new RefuseRequestCommand(OTHER_DISPATCHER, number, World.reason()));

            assertThat(world.request(number).status()).isEqualTo(Status.REFUSED);
            assertRecorded(number, Status.ACCEPTED, Status.REFUSED, OTHER_DISPATCHER, "refuse",
                    World.reason().value());
            assertThat(world.drainOutbox()).containsExactly(cardUpdate(number), statusChanged(number, Status.REFUSED));
        }
    }

    @Nested
    class Reopen {

        @Test
        void a_refused_request_goes_back_to_new_without_its_refusal() {
            RequestNumber number = given(Status.REFUSED);

            RequestChangeResult result = world.lifecycle.reopen(new ReopenRequestCommand(DISPATCHER, number));

            assertThat(result.changed()).isTrue();
            assertThat(world.request(number).status()).isEqualTo(Status.NEW);
            assertThat(world.request(number).refusal()).isEmpty();
            assertThat(world.request(number).technician()).isEmpty();
            assertRecorded(number, Status.REFUSED, Status.NEW, DISPATCHER, "reopen", "");
            assertThat(world.drainOutbox()).isEmpty();
        }

        @Test
        void an_admin_reopening_tells_the_author() {
            RequestNumber number = given(Status.REFUSED);

            world.lifecycle.reopen(new ReopenRequestCommand(ADMIN, number));

            assertThat(world.drainOutbox()).containsExactly(statusChanged(number, Status.NEW));
        }

        @Test
        void a_declined_request_reopened_has_no_technician_any_more() {
            RequestNumber number = given(Status.ASSIGNED);
            world.lifecycle.decline(new DeclineRequestCommand(TECHNICIAN, number, World.reason()));

            world.lifecycle.reopen(new ReopenRequestCommand(DISPATCHER, number));

            assertThat(world.request(number).status()).isEqualTo(Status.NEW);
            assertThat(world.request(number).technician()).isEmpty();
        }
    }

    @Test
    void a_request_goes_the_whole_way_and_its_history_tells_every_step() {
        RequestNumber number = world.requestIn(Status.CLOSED);

        assertThat(world.history(number)).extracting(HistoryEntry::to).containsExactly(Status.NEW, Status.ASSIGNED,
                Status.ACCEPTED, Status.ONSITE, Status.CLOSED);
        assertThat(world.auditEntries().reversed()).extracting(AuditEntry::action).containsExactly("request.create",
                "request.assign", "request.accept", "request.onsite", "request.complete");
        assertThat(world.request(number).version()).isEqualTo(5);
    }
}
