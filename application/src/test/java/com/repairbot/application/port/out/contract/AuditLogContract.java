package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.AuditFilter;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do. An adapter's test extends it and says how to make an empty one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class AuditLogContract {

    private static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");

    private AuditLog log;

    /** @return an empty log, a new one for each test */
    protected abstract AuditLog newStore();

    @BeforeEach
    void startFromAnEmptyLog() {
        log = newStore();
    }

    @Test
    void an_empty_log_has_no_latest_entries() {
        assertThat(log.latest(10)).isEmpty();
    }

    @Test
    void the_latest_entries_come_newest_first() {
        List<AuditEntry> recorded = recordFive();

        assertThat(log.latest(10)).containsExactlyElementsOf(recorded.reversed());
    }

    @Test
    void the_latest_entries_are_at_most_the_limit_and_the_newest_ones() {
        List<AuditEntry> recorded = recordFive();

        assertThat(log.latest(3)).containsExactly(recorded.get(4), recorded.get(3), recorded.get(2));
        assertThat(log.latest(1)).containsExactly(recorded.get(4));
    }

    @Test
    void entries_recorded_at_the_same_instant_come_newest_recorded_first() {
        AuditEntry first = entry(AT, "request.create", 1);
        AuditEntry second = entry(AT, "request.assign", 1);
        AuditEntry third = entry(AT, "request.accept", 1);

        log.record(first);
        log.record(second);
        log.record(third);

        assertThat(log.latest(10)).containsExactly(third, second, first);
    }

    @Test
    void entries_come_back_as_they_were_recorded() {
        AuditEntry withRequest = new AuditEntry(Instant.parse("2025-03-01T09:00:00.123456789Z"),
                new UserId(5_000_000_000L), "request.refuse", Optional.of(new RequestNumber(42)),
                "reason: «дорого» 'O'Brien' \"x\"; DROP TABLE audit; -- 🔧\nвторая строка");
        AuditEntry withoutRequest = new AuditEntry(AT.plusSeconds(1), new UserId(1), "role.grant",
                Optional.empty(), "");

        log.record(withRequest);
        log.record(withoutRequest);

        assertThat(log.latest(2)).containsExactly(withoutRequest, withRequest);
    }

    @Test
    void an_edits_old_and_new_values_come_back_in_full_as_they_were_recorded() {
        AuditEntry edit = new AuditEntry(AT, new UserId(200), "request.edit.address", Optional.of(new RequestNumber(7)),
                "", Optional.of("г. Москва, ул. Ленина, д. 5"), Optional.of("ул. Мира, д. 1; 'O'Brien' \"x\""));
        AuditEntry cleared = new AuditEntry(AT.plusSeconds(1), new UserId(200), "request.edit.notes",
                Optional.of(new RequestNumber(7)), "", Optional.of("позвонить до 10"), Optional.empty());

        log.record(edit);
        log.record(cleared);

        assertThat(log.latest(2)).containsExactly(cleared, edit);
    }

    private void recordMixed() {
        long[][] actorAndRequest = {{100, 1}, {200, 2}, {100, 2}, {300, 1}, {200, 0}, {100, 1}, {200, 1}};
        for (int i = 0; i < actorAndRequest.length; i++) {
            long request = actorAndRequest[i][1];
            log.record(new AuditEntry(AT.plusSeconds(i), new UserId(actorAndRequest[i][0]), "request.edit",
                    request == 0 ? Optional.empty() : Optional.of(new RequestNumber(request)), "entry " + i));
        }
    }

    private static List<String> details(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::details).toList();
    }

    @Test
    void one_requests_entries_come_newest_first_and_are_counted() {
        recordMixed();

        assertThat(details(log.find(AuditFilter.of(new RequestNumber(1)), 0, 10)))
                .containsExactly("entry 6", "entry 5", "entry 3", "entry 0");
        assertThat(log.count(AuditFilter.of(new RequestNumber(1)))).isEqualTo(4);
        assertThat(log.count(AuditFilter.of(new RequestNumber(9)))).isZero();
    }

    @Test
    void one_persons_entries_come_newest_first_and_page_with_offset_and_limit() {
        recordMixed();

        assertThat(details(log.find(AuditFilter.by(new UserId(200)), 0, 10)))
                .containsExactly("entry 6", "entry 4", "entry 1");
        assertThat(details(log.find(AuditFilter.by(new UserId(100)), 1, 1))).containsExactly("entry 2");
        assertThat(log.count(AuditFilter.by(new UserId(100)))).isEqualTo(3);
        assertThat(details(log.find(new AuditFilter(Optional.of(new RequestNumber(1)), Optional.of(new UserId(100))),
                0, 10))).containsExactly("entry 5", "entry 0");
    }

    @Test
    void every_entry_pages_newest_first() {
        recordMixed();

        assertThat(details(log.find(AuditFilter.ALL, 2, 3))).containsExactly("entry 4", "entry 3", "entry 2");
        assertThat(log.count(AuditFilter.ALL)).isEqualTo(7);
    }

    private List<AuditEntry> recordFive() {
        List<AuditEntry> entries = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> entry(AT.plusSeconds(i), "request.edit", i)).toList();
        entries.forEach(log::record);
        return entries;
    }

    private static AuditEntry entry(Instant at, String action, long request) {
        return new AuditEntry(at, new UserId(100), action, Optional.of(new RequestNumber(request)), "field:notes");
    }
}
