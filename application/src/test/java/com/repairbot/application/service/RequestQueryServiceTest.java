package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN;
import static com.repairbot.application.service.World.STRANGER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.AuditLogView;
import com.repairbot.application.port.in.DeclineRequestCommand;
import com.repairbot.application.port.in.ListMyRequestsQuery;
import com.repairbot.application.port.in.ListRequestsQuery;
import com.repairbot.application.port.in.RefuseRequestCommand;
import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.application.port.in.RequestNotFoundException;
import com.repairbot.application.port.in.RequestPage;
import com.repairbot.application.port.in.ViewAuditLogQuery;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.Transition;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequestQueryServiceTest {

    private static RequestNumber n(long value) {
        return new RequestNumber(value);
    }

    private static List<RequestNumber> numbers(RequestPage page) {
        return page.items().stream().map(RepairRequest::number).toList();
    }

    @Nested
    class List_of_all_requests {

        // two per page; five requests, #2 and #4 refused
        private final World world = new World(World.settings(2, ProfitSplitPolicy.defaults()));

        List_of_all_requests() {
            IntStream.rangeClosed(1, 5).forEach(i -> world.newRequest());
            for (long refused : new long[] {2, 4}) {
                world.lifecycle.refuse(new RefuseRequestCommand(DISPATCHER, n(refused), World.reason()));
            }
        }

        @Test
        void the_first_page_holds_the_newest_requests() {
            RequestPage page = world.queries.list(new ListRequestsQuery(DISPATCHER, Set.of(), 0));

            assertThat(numbers(page)).containsExactly(n(5), n(4));
            assertThat(page.page()).isZero();
            assertThat(page.pageSize()).isEqualTo(2);
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.pages()).isEqualTo(3);
            assertThat(page.hasPrevious()).isFalse();
            assertThat(page.hasNext()).isTrue();
        }

        @Test
        void a_middle_page_has_neighbours_on_both_sides() {
            RequestPage page = world.queries.list(new ListRequestsQuery(ADMIN, Set.of(), 1));

            assertThat(numbers(page)).containsExactly(n(3), n(2));
            assertThat(page.hasPrevious()).isTrue();
            assertThat(page.hasNext()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"2, 2", "3, 2", "99, 2", "-1, 0", "-100, 0"})
        void a_page_out_of_range_is_clamped_to_the_nearest_page(int asked, int shown) {
            RequestPage page = world.queries.list(new ListRequestsQuery(DISPATCHER, Set.of(), asked));

            assertThat(page.page()).isEqualTo(shown);
            assertThat(page.items()).isNotEmpty();
        }

        @Test
        void the_last_page_has_no_next() {
            RequestPage page = world.queries.list(new ListRequestsQuery(DISPATCHER, Set.of(), 2));

            assertThat(numbers(page)).containsExactly(n(1));
            assertThat(page.hasNext()).isFalse();
            assertThat(page.hasPrevious()).isTrue();
        }

        @Test
        void a_status_filter_shows_only_those_requests() {
            RequestPage page = world.queries.list(new ListRequestsQuery(DISPATCHER, Set.of(Status.REFUSED), 0));

            assertThat(numbers(page)).containsExactly(n(4), n(2));
            assertThat(page.statuses()).containsExactly(Status.REFUSED);
            assertThat(page.total()).isEqualTo(2);
            assertThat(page.pages()).isEqualTo(1);
            assertThat(page.hasNext()).isFalse();
        }

        @Test
        void a_filter_nothing_matches_gives_one_empty_page() {
            RequestPage page = world.queries.list(new ListRequestsQuery(DISPATCHER, Set.of(Status.CLOSED), 3));

            assertThat(page.items()).isEmpty();
            assertThat(page.page()).isZero();
            assertThat(page.pages()).isEqualTo(1);
            assertThat(page.hasNext()).isFalse();
            assertThat(page.hasPrevious()).isFalse();
        }

        @Test
        void technicians_and_strangers_may_not_list_every_request() {
            for (UserId outsider : List.of(TECHNICIAN, STRANGER)) {
                assertThatThrownBy(() -> world.queries.list(new ListRequestsQuery(outsider, Set.of(), 0)))
                        .isInstanceOfSatisfying(ActionNotPermittedException.class,
                                e -> assertThat(e.action()).isEqualTo("request.list"));
            }
        }
    }

    @Nested
    class My_requests {

        private final World world = new World(World.settings(2, ProfitSplitPolicy.defaults()));

        My_requests() {
            IntStream.rangeClosed(1, 5).forEach(i -> world.newRequest());
            for (long mine : new long[] {1, 2, 4}) {
                world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, n(mine), TECHNICIAN));
            }
            world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, n(5), OTHER_TECHNICIAN));
            world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, n(2)));
        }

        @Test
        void a_technician_sees_only_the_requests_assigned_to_them_newest_first() {
            RequestPage page = world.queries.listMine(new ListMyRequestsQuery(TECHNICIAN, Set.of(), 0));

            assertThat(numbers(page)).containsExactly(n(4), n(2));
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.hasNext()).isTrue();
        }

        @Test
        void a_page_beyond_the_last_shows_the_last() {
            RequestPage page = world.queries.listMine(new ListMyRequestsQuery(TECHNICIAN, Set.of(), 7));

            assertThat(page.page()).isEqualTo(1);
            assertThat(numbers(page)).containsExactly(n(1));
        }

        @Test
        void a_status_filter_narrows_them() {
            RequestPage page = world.queries.listMine(new ListMyRequestsQuery(TECHNICIAN, Set.of(Status.ACCEPTED),
                    0));

            assertThat(numbers(page)).containsExactly(n(2));
        }

        @Test
        void another_technician_sees_theirs() {
            assertThat(numbers(world.queries.listMine(new ListMyRequestsQuery(OTHER_TECHNICIAN, Set.of(), 0))))
                    .containsExactly(n(5));
        }

        @Test
        void only_technicians_have_requests_of_their_own() {
            for (UserId outsider : List.of(DISPATCHER, STRANGER)) {
                assertThatThrownBy(() -> world.queries.listMine(new ListMyRequestsQuery(outsider, Set.of(), 0)))
                        .isInstanceOfSatisfying(ActionNotPermittedException.class,
                                e -> assertThat(e.action()).isEqualTo("request.list_mine"));
            }
        }
    }

    @Nested
    class Request_card {

        private final World world = new World();

        private RequestCardView view(UserId viewer, RequestNumber number) {
            return world.queries.view(new ViewRequestCardQuery(viewer, number));
        }

        @Test
        void the_office_sees_the_phone_the_history_and_its_own_moves() {
            RequestNumber number = world.requestIn(Status.ASSIGNED);

            RequestCardView card = view(DISPATCHER, number);

            assertThat(card.request()).isEqualTo(world.request(number));
            assertThat(card.history()).isEqualTo(world.history(number));
            assertThat(card.phoneVisible()).isTrue();
            assertThat(card.moves()).extracting(Transition::action).containsExactly("reassign", "unassign");
            assertThat(card.mayEdit()).isTrue();
            assertThat(card.mayPing()).isTrue();
        }

        @Test
        void an_admin_sees_the_office_moves_and_the_technicians_ones() {
            RequestNumber number = world.requestIn(Status.ASSIGNED);

            assertThat(view(ADMIN, number).moves()).extracting(Transition::action)
                    .containsExactly("reassign", "accept", "decline", "unassign");
        }

        @ParameterizedTest
        @EnumSource(value = Status.class, names = {"ASSIGNED", "ACCEPTED"})
        void the_assigned_technician_does_not_see_the_phone_before_being_on_site(Status status) {
            RequestCardView card = view(TECHNICIAN, world.requestIn(status));

            assertThat(card.phoneVisible()).isFalse();
            assertThat(card.mayPing()).isFalse();
            assertThat(card.mayEdit()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = Status.class, names = {"ONSITE", "LONG_REPAIR", "CLOSED"})
        void the_assigned_technician_sees_the_phone_from_on_site_on(Status status) {
            assertThat(view(TECHNICIAN, world.requestIn(status)).phoneVisible()).isTrue();
        }

        @Test
        void the_assigned_technician_is_offered_accept_and_decline_while_assigned() {
            RequestCardView card = view(TECHNICIAN, world.requestIn(Status.ASSIGNED));

            assertThat(card.moves()).extracting(Transition::action).containsExactly("accept", "decline");
        }

        @Test
        void the_assigned_technician_is_offered_on_site_and_long_repair_once_accepted() {
            RequestCardView card = view(TECHNICIAN, world.requestIn(Status.ACCEPTED));

            assertThat(card.moves()).extracting(Transition::to).containsExactly(Status.ONSITE, Status.LONG_REPAIR);
        }

        @Test
        void on_a_closed_request_nobody_but_an_admin_may_edit_and_nobody_may_move_or_ping() {
            RequestNumber number = world.requestIn(Status.CLOSED);

            RequestCardView technician = view(TECHNICIAN, number);
            RequestCardView dispatcher = view(DISPATCHER, number);
            RequestCardView admin = view(ADMIN, number);

            assertThat(technician.moves()).isEmpty();
            assertThat(technician.mayEdit()).isFalse();
            assertThat(dispatcher.moves()).isEmpty();
            assertThat(dispatcher.mayEdit()).isFalse();
            assertThat(dispatcher.mayPing()).isFalse();
            assertThat(admin.mayEdit()).isTrue();
        }

        @Test
        void there_is_no_ping_without_a_technician_or_after_a_refusal() {
            RequestNumber fresh = world.requestIn(Status.NEW);
            RequestNumber declined = world.requestIn(Status.ASSIGNED);
            world.lifecycle.decline(new DeclineRequestCommand(TECHNICIAN, declined, World.reason()));

            assertThat(view(DISPATCHER, fresh).mayPing()).isFalse();
            assertThat(view(DISPATCHER, fresh).moves()).extracting(Transition::action)
                    .containsExactly("assign", "refuse");
            assertThat(view(DISPATCHER, declined).mayPing()).isFalse();
            assertThat(view(DISPATCHER, declined).moves()).extracting(Transition::action).containsExactly("reopen");
        }

        @Test
        void another_technician_or_a_stranger_may_not_see_the_card() {
            RequestNumber number = world.requestIn(Status.ONSITE);

            for (UserId outsider : List.of(OTHER_TECHNICIAN, STRANGER)) {
                // answered as for a request that does not exist (issue 14, item 9)
                assertThatThrownBy(() -> view(outsider, number))
                        .isInstanceOfSatisfying(com.repairbot.application.port.in.RequestNotFoundException.class,
                                e -> assertThat(e.number()).isEqualTo(number));
            }
        }

        @Test
        void a_request_that_does_not_exist_has_no_card() {
            assertThatThrownBy(() -> view(ADMIN, n(42)))
                    .isInstanceOfSatisfying(RequestNotFoundException.class,
                            e -> assertThat(e.number()).isEqualTo(n(42)));
        }
    }

    @Nested
    class Audit_log {

        private final World world = new World();

        Audit_log() {
            for (int i = 1; i <= 205; i++) {
                world.audit.record(new AuditEntry(Instant.ofEpochSecond(i), DISPATCHER, "entry." + i,
                        Optional.empty(), ""));
            }
        }

        private AuditLogView audit(int limit) {
            return world.queries.audit(new ViewAuditLogQuery(ADMIN, limit));
        }

        @Test
        void an_admin_sees_the_newest_entries_first() {
            assertThat(audit(3).entries()).extracting(AuditEntry::action)
                    .containsExactly("entry.205", "entry.204", "entry.203");
        }

        @Test
        void at_most_two_hundred_entries_are_shown() {
            assertThat(audit(1000).entries()).hasSize(200);
            assertThat(audit(200).entries()).hasSize(200);
        }

        @ParameterizedTest
        @CsvSource({"0", "-5", "1"})
        void at_least_one_entry_is_shown(int limit) {
            assertThat(audit(limit).entries()).extracting(AuditEntry::action).containsExactly("entry.205");
        }

        @Test
        void only_an_admin_may_read_the_audit_log() {
            for (UserId outsider : List.of(DISPATCHER, TECHNICIAN, STRANGER)) {
                assertThatThrownBy(() -> world.queries.audit(new ViewAuditLogQuery(outsider, 10)))
                        .isInstanceOfSatisfying(ActionNotPermittedException.class,
                                e -> assertThat(e.action()).isEqualTo("audit.view"));
            }
        }
    }
}
