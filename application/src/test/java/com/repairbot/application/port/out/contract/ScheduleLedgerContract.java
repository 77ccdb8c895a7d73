package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.ScheduleLedger;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link ScheduleLedger} must do. An adapter's test says how to make an empty one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class ScheduleLedgerContract {

    private static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");
    private static final RequestNumber N7 = new RequestNumber(7);

    private ScheduleLedger ledger;

    /** @return an empty ledger, new for each test */
    protected abstract ScheduleLedger newLedger();

    @BeforeEach
    void startEmpty() {
        ledger = newLedger();
    }

    @Test
    void an_alert_is_first_only_once_for_its_request_status_and_kind() {
        assertThat(ledger.firstTime(N7, Status.NEW, "overdue", AT)).isTrue();
        assertThat(ledger.firstTime(N7, Status.NEW, "overdue", AT.plusSeconds(1800))).isFalse();
    }

    @Test
    void another_status_kind_or_request_is_a_first_time_of_its_own() {
        ledger.firstTime(N7, Status.NEW, "overdue", AT);

        assertThat(ledger.firstTime(N7, Status.ASSIGNED, "overdue", AT)).isTrue();
        assertThat(ledger.firstTime(N7, Status.NEW, "remind_assign", AT)).isTrue();
        assertThat(ledger.firstTime(new RequestNumber(8), Status.NEW, "overdue", AT)).isTrue();
    }

    @Test
    void a_job_that_never_ran_has_no_slot() {
        assertThat(ledger.lastSlot("daily-report")).isEmpty();
    }

    @Test
    void the_newest_slot_run_is_remembered_and_an_older_one_does_not_replace_it() {
        ledger.ranSlot("daily-report", AT);
        ledger.ranSlot("daily-report", AT.plusSeconds(86_400));
        ledger.ranSlot("daily-report", AT);

        assertThat(ledger.lastSlot("daily-report")).contains(AT.plusSeconds(86_400));
        assertThat(ledger.lastSlot("weekly-report")).isEmpty();
    }

    @Test
    void slots_keep_their_full_precision() {
        Instant odd = Instant.parse("2026-03-10T09:00:00.123456789Z");

        ledger.ranSlot("overdue", odd);

        assertThat(ledger.lastSlot("overdue")).contains(odd);
    }
}
