package com.repairbot.application.port.out.contract;

import static com.repairbot.application.testing.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.RequestCountsView;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.application.testing.Race;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.ClientSide;
import com.repairbot.domain.request.Edited;
import com.repairbot.domain.request.FieldChange;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.MoveDetails;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link RepairRequests} must do. An adapter's test extends this class and says how to make
 * an empty store; "newest" means the highest number, which is also the latest {@code createdAt}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class RepairRequestsContract {

    private static final UserId ANNA = new UserId(201);
    private static final UserId BORIS = new UserId(202);
    private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

    private RepairRequests requests;

    /** @return an empty store, a new one for each test */
    protected abstract RepairRequests newStore();

    @BeforeEach
    void startFromAnEmptyStore() {
        requests = newStore();
    }

    @Test
    void a_request_added_is_found_exactly_as_it_was() {
        RepairRequest added = request(1).build();

        requests.add(added);

        assertThat(requests.find(new RequestNumber(1))).contains(added);
    }

    @Test
    void an_unknown_number_is_not_found() {
        requests.add(request(1).build());

        assertThat(requests.find(new RequestNumber(2))).isEmpty();
    }

    @Test
    void adding_a_number_that_exists_is_refused_and_keeps_the_first_request() {
        RepairRequest first = request(1).build();
        requests.add(first);

        assertThatThrownBy(() -> requests.add(request(1).phone("+79990000002").build()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(requests.find(new RequestNumber(1))).contains(first);
    }

    @Test
    void compare_and_set_replaces_the_request_when_status_and_version_are_as_expected() {
        requests.add(request(1).build());
        RepairRequest assigned = request(1).status(Status.ASSIGNED).version(2).updatedAt(AT).build();

        assertThat(requests.compareAndSet(assigned, Status.NEW, 1)).isTrue();
        assertThat(requests.find(new RequestNumber(1))).contains(assigned);
    }

    @Test
    void a_second_long_repair_with_the_prepayment_and_parts_skipped_is_stored_with_both() {
        Actor technician = Actor.of(Requests.TECHNICIAN, Role.TECHNICIAN);
        LongRepairPlan first = new LongRepairPlan(LocalDate.of(2025, 3, 20), Optional.of(Money.rubles(1500)),
                "ждём ТЭН");
        RepairRequest inLongRepair = request(1).status(Status.LONG_REPAIR).longRepair(first).build();
        requests.add(inLongRepair);
        RepairRequest onSite = storedMove(inLongRepair, technician, Status.ONSITE, MoveDetails.NONE);

        storedMove(onSite, technician, Status.LONG_REPAIR,
                new LongRepairPlan(LocalDate.of(2025, 3, 30), Optional.empty(), ""));

        LongRepairPlan stored = requests.find(new RequestNumber(1)).orElseThrow().longRepair().orElseThrow();
        assertThat(stored.prepayment()).contains(Money.rubles(1500));
        assertThat(stored.partsNote()).isEqualTo("ждём ТЭН");
        assertThat(stored.expectedBy()).isEqualTo(LocalDate.of(2025, 3, 30));
    }

    @Test
    void money_corrected_by_an_admin_is_stored_with_its_new_split() {
        RepairRequest closed = request(1).status(Status.CLOSED).completion(Requests.completion()).build();
        requests.add(closed);
        Edited corrected = closed.correctMoney(Actor.of(new UserId(1), Role.ADMIN),
                new FieldChange.Total(Money.rubles(20_000)), ProfitSplitPolicy.defaults(), AT);

        assertThat(requests.compareAndSet(corrected.request(), Status.CLOSED, closed.version())).isTrue();

        assertThat(requests.find(new RequestNumber(1))).contains(corrected.request());
    }

    private RepairRequest storedMove(RepairRequest from, Actor actor, Status target, MoveDetails details) {
        RepairRequest next = from.move(actor, target, details, AT).request();
        assertThat(requests.compareAndSet(next, from.status(), from.version())).isTrue();
        return next;
    }

    @Test
    void compare_and_set_refuses_a_stale_version_and_keeps_the_stored_request() {
        RepairRequest stored = request(1).status(Status.ASSIGNED).version(3).build();
        requests.add(stored);

        boolean replaced = requests.compareAndSet(request(1).status(Status.ACCEPTED).version(3).build(),
                Status.ASSIGNED, 2);

        assertThat(replaced).isFalse();
        assertThat(requests.find(new RequestNumber(1))).contains(stored);
    }

    @Test
    void compare_and_set_refuses_an_unexpected_status_and_keeps_the_stored_request() {
        RepairRequest stored = request(1).status(Status.ACCEPTED).version(3).build();
        requests.add(stored);

        boolean replaced = requests.compareAndSet(request(1).status(Status.ACCEPTED).version(4).build(),
                Status.ASSIGNED, 3);

        assertThat(replaced).isFalse();
        assertThat(requests.find(new RequestNumber(1))).contains(stored);
    }

    @Test
    void compare_and_set_of_an_unknown_number_fails_and_adds_nothing() {
        boolean replaced = requests.compareAndSet(request(9).status(Status.ASSIGNED).version(2).build(),
                Status.NEW, 1);

        assertThat(replaced).isFalse();
        assertThat(requests.find(new RequestNumber(9))).isEmpty();
        assertThat(requests.count(Set.of())).isZero();
    }

    @Test
    void of_two_changes_made_from_the_same_snapshot_only_the_first_wins() {
        requests.add(request(1).status(Status.ASSIGNED).technician(ANNA).version(2).build());
        RepairRequest accepted = request(1).status(Status.ACCEPTED).technician(ANNA).version(3).build();
        RepairRequest refused = request(1).status(Status.REFUSED).technician(ANNA).version(3).build();

        assertThat(requests.compareAndSet(accepted, Status.ASSIGNED, 2)).isTrue();
        assertThat(requests.compareAndSet(refused, Status.ASSIGNED, 2)).isFalse();
        assertThat(requests.find(new RequestNumber(1))).contains(accepted);
    }

    @Test
    void of_eight_concurrent_changes_from_the_same_snapshot_exactly_one_wins() {
        requests.add(request(1).build());
        List<RepairRequest> attempts = IntStream.rangeClosed(1, 8)
                .mapToObj(i -> request(1).status(Status.ASSIGNED).technician(new UserId(300 + i)).version(2).build())
                .toList();

        List<Boolean> won = Race.run(attempts.size(), i -> requests.compareAndSet(attempts.get(i), Status.NEW, 1));

        assertThat(won).containsOnlyOnce(true);
        assertThat(requests.find(new RequestNumber(1))).contains(attempts.get(won.indexOf(true)));
    }

    @Test
    void history_is_given_back_in_the_order_it_was_appended() {
        requests.add(request(1).build());
        List<HistoryEntry> entries = List.of(
                entry(1, null, Status.NEW, AT, ""),
                entry(1, Status.NEW, Status.ASSIGNED, AT.plusSeconds(60), "technician:201"),
                entry(1, Status.ASSIGNED, Status.ASSIGNED, AT.plusSeconds(60), "visit: «завтра» 'в 10' 🔧"),
                entry(1, Status.ASSIGNED, Status.REFUSED, AT.plusSeconds(120), "'; DROP TABLE history; --"));

        entries.forEach(requests::appendHistory);

        assertThat(requests.history(new RequestNumber(1))).containsExactlyElementsOf(entries);
    }

    @Test
    void history_of_one_request_never_mixes_with_another() {
        requests.add(request(1).build());
        requests.add(request(2).build());
        HistoryEntry firstOfOne = entry(1, null, Status.NEW, AT, "");
        HistoryEntry firstOfTwo = entry(2, null, Status.NEW, AT, "");
        HistoryEntry secondOfOne = entry(1, Status.NEW, Status.REFUSED, AT.plusSeconds(1), "дубль");

        requests.appendHistory(firstOfOne);
        requests.appendHistory(firstOfTwo);
        requests.appendHistory(secondOfOne);

        assertThat(requests.history(new RequestNumber(1))).containsExactly(firstOfOne, secondOfOne);
        assertThat(requests.history(new RequestNumber(2))).containsExactly(firstOfTwo);
        assertThat(requests.history(new RequestNumber(3))).isEmpty();
    }

    @Test
    void listing_with_no_statuses_gives_every_request_newest_first_whatever_the_order_of_adding() {
        addFiveRequests();

        assertThat(numbers(requests.list(Set.of(), 0, 10))).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void listing_gives_the_requests_with_any_of_the_given_statuses_newest_first() {
        addFiveRequests();

        assertThat(numbers(requests.list(Set.of(Status.NEW), 0, 10))).containsExactly(3L, 1L);
        assertThat(numbers(requests.list(EnumSet.of(Status.NEW, Status.CLOSED), 0, 10)))
                .containsExactly(4L, 3L, 1L);
        assertThat(requests.list(Set.of(Status.ONSITE), 0, 10)).isEmpty();
    }

    @Test
    void listing_pages_with_offset_and_limit() {
        addFiveRequests();

        assertThat(numbers(requests.list(Set.of(), 0, 2))).containsExactly(5L, 4L);
        assertThat(numbers(requests.list(Set.of(), 2, 2))).containsExactly(3L, 2L);
        assertThat(numbers(requests.list(Set.of(), 4, 2))).containsExactly(1L);
        assertThat(requests.list(Set.of(), 5, 2)).isEmpty();
    }

    @Test
    void paging_applies_to_the_filtered_requests() {
        addFiveRequests();

        assertThat(numbers(requests.list(EnumSet.of(Status.NEW, Status.CLOSED, Status.REFUSED), 1, 2)))
                .containsExactly(4L, 3L);
    }

    @Test
    void counting_matches_the_listing() {
        addFiveRequests();

        assertThat(requests.count(Set.of())).isEqualTo(5);
        assertThat(requests.count(Set.of(Status.NEW))).isEqualTo(2);
        assertThat(requests.count(EnumSet.of(Status.NEW, Status.CLOSED))).isEqualTo(3);
        assertThat(requests.count(Set.of(Status.ONSITE))).isZero();
    }

    @Test
    void listing_and_counting_see_a_request_under_its_new_status_after_a_change() {
        addFiveRequests();
        requests.compareAndSet(request(3).status(Status.ASSIGNED).version(2).build(), Status.NEW, 1);

        assertThat(numbers(requests.list(Set.of(Status.NEW), 0, 10))).containsExactly(1L);
        assertThat(numbers(requests.list(Set.of(Status.ASSIGNED), 0, 10))).containsExactly(3L, 2L);
        assertThat(requests.count(Set.of(Status.ASSIGNED))).isEqualTo(2);
    }

    @Test
    void assigned_to_gives_that_technicians_requests_with_those_statuses_newest_first() {
        addRequestsOfTwoTechnicians();
        Set<Status> atWork = EnumSet.of(Status.ASSIGNED, Status.ONSITE, Status.LONG_REPAIR);

        assertThat(numbers(requests.assignedTo(ANNA, atWork, 0, 10))).containsExactly(6L, 4L, 2L);
        assertThat(requests.countAssignedTo(ANNA, atWork)).isEqualTo(3);
        assertThat(numbers(requests.assignedTo(BORIS, atWork, 0, 10))).isEmpty();
        assertThat(requests.countAssignedTo(BORIS, atWork)).isZero();
    }

    /** The menu's counters (ADR 0028): a technician's active requests, the office's new ones. */
    @Test
    void the_menu_counts_a_technicians_active_requests_and_the_new_ones() {
        addRequestsOfTwoTechnicians();
        requests.add(request(7).status(Status.REFUSED).technician(ANNA).build());

        assertThat(requests.countAssignedTo(ANNA, RequestCountsView.ACTIVE)).isEqualTo(3); // not the closed, the refused
        assertThat(requests.countAssignedTo(BORIS, RequestCountsView.ACTIVE)).isEqualTo(1);
        assertThat(requests.count(Set.of(Status.NEW))).isEqualTo(1);
    }

    /** "My requests" passes the user's filter as it is, and an empty filter means every status there too. */
    @Test
    void assigned_to_with_no_statuses_gives_all_of_that_technicians_requests() {
        addRequestsOfTwoTechnicians();

        assertThat(numbers(requests.assignedTo(ANNA, Set.of(), 0, 10))).containsExactly(6L, 5L, 4L, 2L);
        assertThat(requests.countAssignedTo(ANNA, Set.of())).isEqualTo(4);
        assertThat(numbers(requests.assignedTo(BORIS, Set.of(), 0, 10))).containsExactly(3L);
        assertThat(requests.countAssignedTo(BORIS, Set.of())).isEqualTo(1);
    }

    @Test
    void of_client_gives_the_requests_linked_to_that_client_only_newest_first() {
        UserId client = new UserId(7_000_000_001L);
        UserId other = new UserId(7_000_000_002L);
        requests.add(request(1).clientSide(ClientSide.fromClient(client, List.of())).dispatcher(client).build());
        requests.add(request(2).build());
        requests.add(request(3).status(Status.ASSIGNED).clientSide(ClientSide.linkedTo(client)).build());
        requests.add(request(4).clientSide(ClientSide.fromClient(other, List.of())).dispatcher(other).build());
        requests.add(request(5).status(Status.CLOSED).clientSide(ClientSide.linkedTo(client)).build());

        assertThat(numbers(requests.ofClient(client, Set.of(), 0, 10))).containsExactly(5L, 3L, 1L);
        assertThat(requests.countOfClient(client, Set.of())).isEqualTo(3);
        assertThat(numbers(requests.ofClient(client, EnumSet.of(Status.NEW, Status.ASSIGNED), 0, 10)))
                .containsExactly(3L, 1L);
        assertThat(requests.countOfClient(client, EnumSet.of(Status.NEW, Status.ASSIGNED))).isEqualTo(2);
        assertThat(numbers(requests.ofClient(client, Set.of(), 1, 1))).containsExactly(3L);
        assertThat(numbers(requests.ofClient(other, Set.of(), 0, 10))).containsExactly(4L);
        assertThat(requests.countOfClient(new UserId(999), Set.of())).isZero();
    }

    @Test
    void a_request_linked_to_a_client_later_is_found_under_that_client() {
        UserId client = new UserId(55);
        requests.add(request(1).build());

        requests.compareAndSet(request(1).version(2).clientSide(ClientSide.linkedTo(client)).build(), Status.NEW, 1);

        assertThat(numbers(requests.ofClient(client, Set.of(), 0, 10))).containsExactly(1L);
    }

    @Test
    void assigned_to_pages_with_offset_and_limit() {
        addRequestsOfTwoTechnicians();

        assertThat(numbers(requests.assignedTo(ANNA, Set.of(), 1, 2))).containsExactly(5L, 4L);
        assertThat(numbers(requests.assignedTo(ANNA, Set.of(), 3, 2))).containsExactly(2L);
        assertThat(requests.assignedTo(ANNA, Set.of(), 4, 2)).isEmpty();
    }

    @Test
    void a_technician_without_requests_has_none_assigned() {
        addRequestsOfTwoTechnicians();
        UserId nobody = new UserId(999);

        assertThat(requests.assignedTo(nobody, Set.of(), 0, 10)).isEmpty();
        assertThat(requests.countAssignedTo(nobody, Set.of())).isZero();
    }

    @Test
    void the_latest_request_of_a_phone_is_the_newest_one_with_that_phone() {
        requests.add(request(1).phone("+79990000001").build());
        requests.add(request(3).phone("+79990000001").status(Status.CLOSED).build());
        requests.add(request(2).phone("+79990000002").build());
        requests.add(request(4).phone("+79990000002").build());

        assertThat(requests.latestForPhone(new PhoneNumber("+79990000001"))).contains(request(3)
                .phone("+79990000001").status(Status.CLOSED).build());
        assertThat(requests.latestForPhone(new PhoneNumber("+79990000002")).map(RepairRequest::number))
                .contains(new RequestNumber(4));
    }

    @Test
    void a_phone_never_seen_has_no_latest_request() {
        requests.add(request(1).phone("+79990000001").build());

        assertThat(requests.latestForPhone(new PhoneNumber("+79990000009"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.repairbot.application.port.out.contract.RepairRequestSamples#trickyTexts")
    void texts_come_back_unchanged(String label, RepairRequest request) {
        requests.add(request);

        assertThat(requests.find(request.number())).contains(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.repairbot.application.port.out.contract.RepairRequestSamples#optionalParts")
    void optional_parts_come_back_present_or_absent_as_they_were(String label, RepairRequest request) {
        requests.add(request);

        assertThat(requests.find(request.number())).contains(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.repairbot.application.port.out.contract.RepairRequestSamples#optionalParts")
    void a_replacement_comes_back_exactly_as_it_was_replaced(String label, RepairRequest replacement) {
        // edits and moves change everything but the number, the author and the creation time
        requests.add(request(replacement.number().value()).createdAt(replacement.createdAt()).build());
        RepairRequest next = withVersion(replacement, 2);

        assertThat(requests.compareAndSet(next, Status.NEW, 1)).isTrue();
        assertThat(requests.find(replacement.number())).contains(next);
    }

    // --- search (docs/reports.md, "Finding requests") ---

    private static Client client(String name, String phone, String address) {
        return new Client(new PersonName(name), new PhoneNumber(phone), new Address(address));
    }

    private void addClientsToFind() {
        requests.add(request(1).client(client("Иванов Пётр", "+79990000001", "ул. Ленина, д. 5")).build());
        requests.add(request(2).client(client("Петрова Анна", "+79990000002", "пр. Мира, д. 12, кв. 4")).build());
        requests.add(request(3).client(client("Иванова Алёна", "+79990000003", "ул. Садовая, д. 7"))
                .status(Status.ASSIGNED).technician(ANNA).build());
        requests.add(request(4).client(client("John Smith", "+79990000001", "Lenina street 5")).build());
    }

    private List<Long> found(String text) {
        return numbers(requests.search(SearchTerms.parse(text), Optional.empty(), 0, 50));
    }

    @Test
    void search_finds_a_request_by_its_number() {
        addClientsToFind();

        assertThat(found("3")).containsExactly(3L);
        assertThat(found("#2")).containsExactly(2L);
        assertThat(found("99")).isEmpty();
    }

    @Test
    void search_finds_every_request_of_a_phone_in_any_accepted_form_newest_first() {
        addClientsToFind();

        assertThat(found("+79990000001")).containsExactly(4L, 1L);
        assertThat(found("8 (999) 000-00-01")).containsExactly(4L, 1L);
        assertThat(found("9990000002")).containsExactly(2L);
    }

    @Test
    void search_finds_the_beginning_of_a_word_of_the_name_or_address_whatever_the_case_and_yo() {
        addClientsToFind();

        assertThat(found("иван")).containsExactly(3L, 1L);
        assertThat(found("ИВАНОВА")).containsExactly(3L);
        assertThat(found("алена")).containsExactly(3L);
        assertThat(found("ленин")).containsExactly(1L);
        assertThat(found("LENIN")).containsExactly(4L);
        assertThat(found("мира")).containsExactly(2L);
        assertThat(found("smi")).containsExactly(4L);
        assertThat(found("ванов")).as("only the beginnings of words").isEmpty();
    }

    @Test
    void search_with_several_words_finds_the_requests_that_have_all_of_them() {
        addClientsToFind();

        assertThat(found("иванов ленина")).containsExactly(1L);
        assertThat(found("Петрова, кв. 4")).containsExactly(2L);
        assertThat(found("иванов мира")).isEmpty();
    }

    @Test
    void search_for_a_technician_finds_only_their_own_requests() {
        addClientsToFind();

        assertThat(numbers(requests.search(SearchTerms.parse("иван"), Optional.of(ANNA), 0, 50))).containsExactly(3L);
        assertThat(requests.countSearch(SearchTerms.parse("иван"), Optional.of(ANNA))).isEqualTo(1);
        assertThat(requests.search(SearchTerms.parse("иван"), Optional.of(BORIS), 0, 50)).isEmpty();
    }

    @Test
    void search_pages_with_offset_and_limit_and_counts_all_matches() {
        for (long n = 1; n <= 7; n++) {
            requests.add(request(n).client(client("Сидоров " + n, "+7999000000" + n, "ул. Лесная, д. " + n)).build());
        }

        assertThat(numbers(requests.search(SearchTerms.parse("сидоров"), Optional.empty(), 0, 3)))
                .containsExactly(7L, 6L, 5L);
        assertThat(numbers(requests.search(SearchTerms.parse("сидоров"), Optional.empty(), 6, 3)))
                .containsExactly(1L);
        assertThat(requests.countSearch(SearchTerms.parse("лесная"), Optional.empty())).isEqualTo(7);
        assertThat(requests.countSearch(SearchTerms.parse("7"), Optional.empty())).isEqualTo(1);
    }

    @Test
    void search_finds_a_client_by_the_name_and_address_they_have_now_after_an_edit() {
        RepairRequest first = request(1).client(client("Иванов Пётр", "+79990000001", "ул. Ленина, д. 5")).build();
        requests.add(first);
        Edited renamed = first.edit(Actor.of(new UserId(1), Role.ADMIN),
                new FieldChange.ClientName(new PersonName("Кузнецов Пётр")), "", AT);

        assertThat(requests.compareAndSet(renamed.request(), Status.NEW, 1)).isTrue();

        assertThat(found("кузнецов")).containsExactly(1L);
        assertThat(found("иванов")).isEmpty();
        assertThat(found("петр")).containsExactly(1L);
    }

    @Test
    void search_reads_a_name_with_characters_that_sql_treats_specially_as_plain_text() {
        requests.add(request(1).client(client("O'Brien Ann", "+79990000001", "100% street_1")).build());
        requests.add(request(2).client(client("Obrien Bob", "+79990000002", "1000 street")).build());

        assertThat(found("o'brien")).containsExactly(1L); // the apostrophe splits words: "o" and "brien"
        assertThat(found("100%")).containsExactly(2L, 1L);
        assertThat(found("street_1")).containsExactly(2L, 1L); // "street" and "1", never a LIKE pattern
    }

    private void addFiveRequests() {
        Stream.of(request(3), request(1), request(5).status(Status.REFUSED), request(2).status(Status.ASSIGNED),
                request(4).status(Status.CLOSED)).forEach(r -> requests.add(r.build()));
    }

    private void addRequestsOfTwoTechnicians() {
        Stream.of(request(1), request(2).status(Status.ASSIGNED).technician(ANNA),
                request(3).status(Status.ACCEPTED).technician(BORIS),
                request(4).status(Status.ONSITE).technician(ANNA), request(5).status(Status.CLOSED).technician(ANNA),
                request(6).status(Status.LONG_REPAIR).technician(ANNA)).forEach(r -> requests.add(r.build()));
    }

    private static List<Long> numbers(List<RepairRequest> listed) {
        return listed.stream().map(r -> r.number().value()).toList();
    }

    private static HistoryEntry entry(long number, Status from, Status to, Instant at, String comment) {
        return new HistoryEntry(new RequestNumber(number), Optional.ofNullable(from), to, ANNA, at, comment);
    }

    private static RepairRequest withVersion(RepairRequest r, long version) {
        return new RepairRequest(r.number(), r.equipment(), r.description(), r.client(), r.notes(), r.visit(),
                r.dispatcher(), r.technician(), r.status(), r.longRepair(), r.completion(), r.refusal(),
                r.createdAt(), r.updatedAt(), r.statusSince(), version, r.clientSide());
    }
}
