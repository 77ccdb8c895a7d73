package com.repairbot.domain.request;

import static com.repairbot.domain.request.Fixtures.AT;
import static com.repairbot.domain.request.Fixtures.RAW_ADDRESS;
import static com.repairbot.domain.request.Fixtures.RAW_NAME;
import static com.repairbot.domain.request.Fixtures.RAW_PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.money.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Logs print values with toString(); none of them may carry the client's phone, name or address in full. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonalDataIsNeverPrintedTest {

    private static final String PHONE_DIGITS = "9991234567";

    static Stream<Object> values_holding_personal_data() {
        var client = Fixtures.client();
        return Stream.of(client, client.phone(), client.name(), client.address());
    }

    @ParameterizedTest
    @MethodSource("values_holding_personal_data")
    void a_contact_value_prints_masked(Object value) {
        assertNoPersonalData(value.toString());
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void a_request_prints_without_personal_data_in_any_status(Status status) {
        String printed = Fixtures.inStatus(status).toString();

        assertNoPersonalData(printed);
        assertThat(printed).contains("И***в И***", "+7******4567", "г. Москва, ул. Лен***");
    }

    @Test
    void a_request_prints_free_texts_masked_wherever_a_dispatcher_typed_a_phone() {
        String contact = "звонить жене +7 916 000-11-22 или ivan@mail.ru";
        RepairRequest request = Fixtures.inStatus(Status.ACCEPTED);
        request = new RepairRequest(request.number(), request.equipment(),
                new ProblemDescription("не сливает; " + contact), request.client(),
                Optional.of(new Notes(contact)),
                Optional.of(new ScheduledVisit("завтра 10:00, " + contact,
                        Optional.of(LocalDateTime.of(2026, 11, 25, 10, 0)))),
                request.dispatcher(), request.technician(), Status.LONG_REPAIR,
                Optional.of(new LongRepairPlan(LocalDate.of(2026, 12, 1), Optional.of(Money.rubles(500)), contact)),
                request.completion(), Optional.of(new RefusalReason(contact)), request.createdAt(),
                request.updatedAt(), request.statusSince(), request.version());

        String printed = request.toString();

        assertThat(printed).doesNotContain("000-11-22", "ivan@mail.ru", "9160001122").contains("***-11-22");
    }

    @Test
    void a_scheduled_visit_and_a_long_repair_plan_print_their_texts_masked() {
        ScheduledVisit visit = new ScheduledVisit("после 18:00, код 89991234567", Optional.empty());
        LongRepairPlan plan = new LongRepairPlan(LocalDate.of(2026, 12, 1), Optional.empty(),
                "запчасть прислать на ivan@mail.ru");

        assertThat(visit).hasToString("ScheduledVisit[text=после 18:00, код 8******4567, at=Optional.empty]");
        assertThat(plan).hasToString(
                "LongRepairPlan[expectedBy=2026-12-01, prepayment=Optional.empty, partsNote=запчасть прислать на i***@mail.ru]");
    }

    @Test
    void a_history_entry_prints_its_comment_masked() {
        HistoryEntry entry = new HistoryEntry(Fixtures.NUMBER, Optional.of(Status.ASSIGNED), Status.REFUSED,
                Fixtures.TECHNICIAN_ID, AT, "клиент не отвечает на " + RAW_PHONE);

        assertThat(entry).hasToString(
                "HistoryEntry[#123 ASSIGNED -> REFUSED by 300 at 2026-11-24T10:15:00Z 'клиент не отвечает на +7******4567']");
    }

    @Test
    void a_history_entry_without_comment_prints_without_quotes() {
        HistoryEntry created = new HistoryEntry(Fixtures.NUMBER, Optional.empty(), Status.NEW, Fixtures.DISPATCHER_ID,
                AT, null);

        assertThat(created.comment()).isEmpty();
        assertThat(created).hasToString("HistoryEntry[#123 - -> NEW by 100 at 2026-11-24T10:15:00Z]");
    }

    private static void assertNoPersonalData(String printed) {
        assertThat(printed).doesNotContain(RAW_PHONE, PHONE_DIGITS, RAW_NAME, RAW_ADDRESS, "Иванов", "Иван ", "Ленина", "д. 10",
                "кв. 5");
    }
}
