package com.repairbot.domain.request;

import static com.repairbot.domain.request.Fixtures.AT;
import static com.repairbot.domain.request.Fixtures.NEXT_TECHNICIAN_ID;
import static com.repairbot.domain.request.Fixtures.NUMBER;
import static com.repairbot.domain.request.Fixtures.STATUS_SINCE;
import static com.repairbot.domain.request.Fixtures.TECHNICIAN_ID;
import static com.repairbot.domain.request.Fixtures.VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.staff.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (from, to, who) triple of the status machine — 7 × 7 status pairs × 5 actors = 245 cases — against a
 * table written out here from the rules in docs/statuses.md, not derived from {@link TransitionTable}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TransitionTableTest {

    /** Who acts on the fixture request. */
    enum Who {
        DISPATCHER(Fixtures.DISPATCHER),
        ADMIN(Fixtures.ADMIN),
        /** Role TECHNICIAN, the request's own technician (the NEW request has none). */
        ASSIGNED_TECHNICIAN(Fixtures.ASSIGNED_TECHNICIAN),
        /** Role TECHNICIAN, someone else's request. */
        OTHER_TECHNICIAN(Fixtures.OTHER_TECHNICIAN),
        /** No role: the client linked to the request (who may cancel it while NEW or ASSIGNED). */
        CLIENT(Fixtures.CLIENT);

        final Actor actor;

        Who(Actor actor) {
            this.actor = actor;
        }
    }

    /** What a move leads to. */
    enum Outcome {
        /** The status changes (or, ASSIGNED → ASSIGNED, the technician does). */
        MOVES,
        /** Already there, and the actor could have brought it there: nothing happens. */
        NO_OP,
        /** The table has no such move: IllegalTransitionException. */
        NO_SUCH_MOVE,
        /** The move (or the no-op) is not the actor's to make: MoveNotPermittedException. */
        NOT_THEIRS
    }

    /*
     * The rules of docs/statuses.md, written out. Columns: dispatcher, admin, the assigned technician, another technician, the request's client.
     * Key: move = MOVES, noop = NO_OP, none = NO_SUCH_MOVE, deny = NOT_THEIRS.
     *
     * Same status: a no-op for whoever could move the request into that status from another one
     * (the NEW fixture has no technician; in REFUSED the technician who declined is still on the request).
     * ASSIGNED → ASSIGNED is a reassignment to another technician (dispatcher, admin).
     */
    private static final String EXPECTED = """
            # from        to           dispatcher admin  assigned other  client
            NEW           NEW          noop       noop   deny     deny  deny
            NEW           ASSIGNED     move       move   deny     deny  deny
            NEW           ACCEPTED     none       none   none     none  none
            NEW           ONSITE       none       none   none     none  none
            NEW           LONG_REPAIR  none       none   none     none  none
            NEW           CLOSED       none       none   none     none  none
            NEW           REFUSED      move       move   deny     deny  move

            ASSIGNED      NEW          move       move   deny     deny  deny
            ASSIGNED      ASSIGNED     move       move   deny     deny  deny
            ASSIGNED      ACCEPTED     deny       move   move     deny  deny
            ASSIGNED      ONSITE       none       none   none     none  none
            ASSIGNED      LONG_REPAIR  none       none   none     none  none
            ASSIGNED      CLOSED       none       none   none     none  none
            ASSIGNED      REFUSED      deny       move   move     deny  move

            ACCEPTED      NEW          none       none   none     none  none
            ACCEPTED      ASSIGNED     none       none   none     none  none
            ACCEPTED      ACCEPTED     deny       noop   noop     deny  deny
            ACCEPTED      ONSITE       deny       move   move     deny  deny
            ACCEPTED      LONG_REPAIR  deny       move   move     deny  deny
            ACCEPTED      CLOSED       none       none   none     none  none
            ACCEPTED      REFUSED      move       move   deny     deny  deny

            ONSITE        NEW          none       none   none     none  none
            ONSITE        ASSIGNED     none       none   none     none  none
            ONSITE        ACCEPTED     none       none   none     none  none
            ONSITE        ONSITE       deny       noop   noop     deny  deny
            ONSITE        LONG_REPAIR  deny       move   move     deny  deny
            ONSITE        CLOSED       deny       move   move     deny  deny
            ONSITE        REFUSED      none       none   none     none  none

            LONG_REPAIR   NEW          none       none   none     none  none
            LONG_REPAIR   ASSIGNED     none       none   none     none  none
            LONG_REPAIR   ACCEPTED     none       none   none     none  none
            LONG_REPAIR   ONSITE       deny       move   move     deny  deny
            LONG_REPAIR   LONG_REPAIR  deny       noop   noop     deny  deny
            LONG_REPAIR   CLOSED       deny       move   move     deny  deny
            LONG_REPAIR   REFUSED      none       none   none     none  none

            CLOSED        NEW          none       none   none     none  none
            CLOSED        ASSIGNED     none       none   none     none  none
            CLOSED        ACCEPTED     none       none   none     none  none
            CLOSED        ONSITE       none       none   none     none  none
            CLOSED        LONG_REPAIR  none       none   none     none  none
            CLOSED        CLOSED       deny       noop   noop     deny  deny
            CLOSED        REFUSED      none       none   none     none  none

            REFUSED       NEW          move       move   deny     deny  deny
            REFUSED       ASSIGNED     none       none   none     none  none
            REFUSED       ACCEPTED     none       none   none     none  none
            REFUSED       ONSITE       none       none   none     none  none
            REFUSED       LONG_REPAIR  none       none   none     none  none
            REFUSED       CLOSED       none       none   none     none  none
            REFUSED       REFUSED      noop       noop   noop     deny  noop
            """;

    /*
     * The statuses each actor may move the fixture request to from each status, as a refusal names them.
     * "-" is none. ASSIGNED from ASSIGNED is the reassignment.
     */
    private static final String ALLOWED = """
            # from        dispatcher          admin                              assigned              other                 client
            NEW           ASSIGNED,REFUSED    ASSIGNED,REFUSED                   -                     -                     REFUSED
            ASSIGNED      NEW,ASSIGNED        NEW,ASSIGNED,ACCEPTED,REFUSED      ACCEPTED,REFUSED      -                     REFUSED
            ACCEPTED      REFUSED             ONSITE,LONG_REPAIR,REFUSED         ONSITE,LONG_REPAIR    -                     -
            ONSITE        -                   LONG_REPAIR,CLOSED                 LONG_REPAIR,CLOSED    -                     -
            LONG_REPAIR   -                   ONSITE,CLOSED                      ONSITE,CLOSED         -                     -
            CLOSED        -                   -                                  -                     -                     -
            REFUSED       NEW                 NEW                                -                     -                     -
            """;

    record Case(Status from, Status to, Who who, Outcome outcome) {
        @Override
        public String toString() {
            return from + " → " + to + " by " + who + ": " + outcome;
        }
    }

    static List<Case> expectedCases() {
        List<Case> cases = new ArrayList<>();
        for (String[] cells : rows(EXPECTED)) {
            Status from = Status.valueOf(cells[0]);
            Status to = Status.valueOf(cells[1]);
            for (Who who : Who.values()) {
                cases.add(new Case(from, to, who, outcome(cells[2 + who.ordinal()])));
            }
        }
        return cases;
    }

    static Map<Status, Map<Who, Set<Status>>> expectedAllowed() {
        Map<Status, Map<Who, Set<Status>>> allowed = new EnumMap<>(Status.class);
        for (String[] cells : rows(ALLOWED)) {
            Map<Who, Set<Status>> byWho = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                String cell = cells[1 + who.ordinal()];
                byWho.put(who, cell.equals("-") ? Set.of()
                        : Arrays.stream(cell.split(",")).map(Status::valueOf)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class))));
            }
            allowed.put(Status.valueOf(cells[0]), byWho);
        }
        return allowed;
    }

    private static List<String[]> rows(String table) {
        return table.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")).toList();
    }

    private static Outcome outcome(String cell) {
        return switch (cell) {
            case "move" -> Outcome.MOVES;
            case "noop" -> Outcome.NO_OP;
            case "none" -> Outcome.NO_SUCH_MOVE;
            case "deny" -> Outcome.NOT_THEIRS;
            default -> throw new IllegalArgumentException("unknown cell " + cell);
        };
    }

    static Stream<Arguments> every_triple() {
        return expectedCases().stream().map(c -> Arguments.of(c));
    }

    @Test
    void the_expected_table_names_each_of_the_245_triples_exactly_once() {
        List<Case> cases = expectedCases();

        assertThat(cases).hasSize(7 * 7 * 5);
        assertThat(cases.stream().map(c -> List.of(c.from(), c.to(), c.who())).distinct()).hasSize(245);
        assertThat(expectedAllowed()).containsOnlyKeys(Status.values());
    }

    @Test
    void the_expected_table_has_the_fourteen_moves_of_the_spec() {
        long movesOfTheAdmin = expectedCases().stream()
                .filter(c -> c.who() == Who.ADMIN && c.outcome() == Outcome.MOVES).count();

        // 13 status changes of docs/statuses.md plus the reassignment, and the admin may make every one of them;
        // the client's cancel (from NEW and from ASSIGNED) are two more rows, the client's own
        assertThat(movesOfTheAdmin).isEqualTo(14);
        assertThat(TransitionTable.standard().rows()).hasSize(16);
        assertThat(expectedCases().stream().filter(c -> c.who() == Who.CLIENT && c.outcome() == Outcome.MOVES)
                .map(c -> List.of(c.from(), c.to())))
                .containsExactlyInAnyOrder(List.of(Status.NEW, Status.REFUSED), List.of(Status.ASSIGNED, Status.REFUSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every_triple")
    void every_from_to_and_actor_triple_behaves_as_the_spec_says(Case c) {
        RepairRequest before = Fixtures.inStatus(c.from());
        Actor actor = c.who().actor;
        MoveDetails details = Fixtures.detailsFor(c.to());
        Set<Status> allowed = expectedAllowed().get(c.from()).get(c.who());

        switch (c.outcome()) {
            case MOVES -> assertMoves(before, actor, c.to(), details);
            case NO_OP -> {
                Moved moved = before.move(actor, c.to(), details, AT);
                assertThat(moved.isNoOp()).isTrue();
                assertThat(moved.event()).isEmpty();
                assertThat(moved.request()).isEqualTo(before);
            }
            case NO_SUCH_MOVE -> assertThatThrownBy(() -> before.move(actor, c.to(), details, AT))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.number()).isEqualTo(NUMBER);
                        assertThat(e.current()).isEqualTo(c.from());
                        assertThat(e.target()).isEqualTo(c.to());
                        assertThat(e.allowed()).containsExactlyInAnyOrderElementsOf(allowed);
                    });
            case NOT_THEIRS -> assertThatThrownBy(() -> before.move(actor, c.to(), details, AT))
                    .isInstanceOfSatisfying(MoveNotPermittedException.class, e -> {
                        assertThat(e.number()).isEqualTo(NUMBER);
                        assertThat(e.current()).isEqualTo(c.from());
                        assertThat(e.target()).isEqualTo(c.to());
                        assertThat(e.allowed()).containsExactlyInAnyOrderElementsOf(allowed);
                    });
        }
    }

    private static void assertMoves(RepairRequest before, Actor actor, Status to, MoveDetails details) {
        Moved moved = before.move(actor, to, details, AT);
        RepairRequest after = moved.request();
        boolean reassignment = before.status() == to;

        assertThat(moved.isNoOp()).isFalse();
        assertThat(after.status()).isEqualTo(to);
        assertThat(after.version()).isEqualTo(VERSION + 1);
        assertThat(after.updatedAt()).isEqualTo(AT);
        assertThat(after.statusSince()).isEqualTo(reassignment ? STATUS_SINCE : AT);
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        if (to == Status.ASSIGNED) {
            assertThat(after.technician()).contains(NEXT_TECHNICIAN_ID);
        }

        StatusChanged event = moved.event().orElseThrow();
        assertThat(event.number()).isEqualTo(NUMBER);
        assertThat(event.from()).isEqualTo(before.status());
        assertThat(event.to()).isEqualTo(to);
        assertThat(event.by()).isEqualTo(actor.id());
        assertThat(event.at()).isEqualTo(AT);
        assertThat(event.isReassignment()).isEqualTo(reassignment);
        assertThat(event.previousTechnician()).isEqualTo(before.technician());
        assertThat(event.technician()).isEqualTo(after.technician());

        HistoryEntry entry = event.historyEntry();
        assertThat(entry.number()).isEqualTo(NUMBER);
        assertThat(entry.from()).contains(before.status());
        assertThat(entry.to()).isEqualTo(to);
        assertThat(entry.by()).isEqualTo(actor.id());
        assertThat(entry.at()).isEqualTo(AT);
    }

    @Test
    void finds_a_row_only_for_a_move_that_exists() {
        assertThat(TransitionTable.standard().find(Status.ASSIGNED, Status.ACCEPTED))
                .get().extracting(Transition::action, Transition::requirement)
                .containsExactly("accept", Requirement.NONE);
        assertThat(TransitionTable.standard().find(Status.NEW, Status.CLOSED)).isEmpty();
    }

    @Test
    void lists_the_rows_leaving_a_status_whoever_may_make_them() {
        assertThat(TransitionTable.standard().from(Status.ASSIGNED)).extracting(Transition::action)
                .containsExactlyInAnyOrder("reassign", "accept", "decline", "cancel", "unassign");
        assertThat(TransitionTable.standard().from(Status.CLOSED)).isEmpty();
    }

    @Test
    void offers_an_actor_only_the_rows_that_are_theirs() {
        RepairRequest accepted = Fixtures.inStatus(Status.ACCEPTED);

        assertThat(TransitionTable.standard().available(Fixtures.ASSIGNED_TECHNICIAN, accepted))
                .extracting(Transition::action).containsExactlyInAnyOrder("onsite", "long_repair");
        assertThat(TransitionTable.standard().available(Fixtures.DISPATCHER, accepted))
                .extracting(Transition::action).containsExactly("refuse");
        assertThat(TransitionTable.standard().targets(Fixtures.OTHER_TECHNICIAN, accepted)).isEmpty();
    }

    @Test
    void a_request_that_is_not_theirs_does_not_make_a_technician_its_party() {
        RepairRequest assigned = Fixtures.inStatus(Status.ASSIGNED);
        Actor sameIdWithoutTechnicianRole = Actor.of(TECHNICIAN_ID);

        assertThat(Party.ASSIGNED_TECHNICIAN.includes(Fixtures.ASSIGNED_TECHNICIAN, assigned)).isTrue();
        assertThat(Party.ASSIGNED_TECHNICIAN.includes(sameIdWithoutTechnicianRole, assigned)).isFalse();
        assertThat(Party.ASSIGNED_TECHNICIAN.includes(Fixtures.ASSIGNED_TECHNICIAN, Fixtures.inStatus(Status.NEW)))
                .isFalse();
        assertThat(Party.DISPATCHER.includes(Fixtures.ADMIN, assigned)).isFalse();
    }

    @Test
    void each_requirement_is_met_by_its_own_kind_of_details_only() {
        assertThat(Requirement.NONE.isMetBy(MoveDetails.NONE)).isTrue();
        assertThat(Requirement.TECHNICIAN.isMetBy(Fixtures.detailsFor(Status.ASSIGNED))).isTrue();
        assertThat(Requirement.REASON.isMetBy(Fixtures.refusalReason())).isTrue();
        assertThat(Requirement.LONG_REPAIR.isMetBy(Fixtures.longRepairPlan())).isTrue();
        assertThat(Requirement.COMPLETION.isMetBy(Fixtures.completion())).isTrue();
        assertThat(Requirement.COMPLETION.isMetBy(MoveDetails.NONE)).isFalse();
        assertThat(Requirement.NONE.isMetBy(Fixtures.refusalReason())).isFalse();
    }

    @Test
    void only_closed_is_terminal() {
        assertThat(Arrays.stream(Status.values()).filter(Status::isTerminal)).containsExactly(Status.CLOSED);
    }

    @Test
    void a_refusal_names_the_request_the_move_and_what_is_allowed() {
        RepairRequest request = Fixtures.inStatus(Status.NEW);

        assertThatThrownBy(() -> request.move(Fixtures.DISPATCHER, Status.CLOSED, Fixtures.completion(), AT))
                .hasMessage("#123: no such move NEW -> CLOSED; allowed: [ASSIGNED, REFUSED]");
        assertThatThrownBy(() -> request.move(Fixtures.OTHER_TECHNICIAN, Status.REFUSED,
                Fixtures.refusalReason(), AT))
                .hasMessage("#123: not permitted NEW -> REFUSED; allowed: []");
    }

    @Test
    void a_transition_keeps_its_own_copy_of_the_parties() {
        Set<Party> parties = EnumSet.of(Party.ADMIN);
        Transition row = new Transition(Status.NEW, Status.REFUSED, "refuse", parties, Requirement.REASON);
        parties.add(Party.DISPATCHER);

        assertThat(row.parties()).containsExactly(Party.ADMIN);
        assertThat(row.permits(Fixtures.DISPATCHER, Fixtures.inStatus(Status.NEW))).isFalse();
    }
}
