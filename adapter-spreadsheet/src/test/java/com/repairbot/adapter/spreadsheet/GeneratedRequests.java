package com.repairbot.adapter.spreadsheet;

import com.repairbot.application.port.out.ReportFigures;
import com.repairbot.application.port.out.ReportQueries;
import com.repairbot.application.port.out.TimeRange;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Report reads that make their requests as they are asked for and keep none: what an export holds in memory is
 * then the exporter's own doing. Every third request is closed, with kopecks that differ from row to row.
 */
final class GeneratedRequests implements ReportQueries {

    static final Instant FIRST = Instant.parse("2026-03-01T06:00:00Z");

    private final int count;

    GeneratedRequests(int count) {
        this.count = count;
    }

    static RepairRequest request(int n) {
        Requests.Builder builder = Requests.request(n).createdAt(FIRST.plus(Duration.ofSeconds(n)))
                .description("Не сливает воду, ошибка E" + n + "; клиент просит позвонить заранее. ".repeat(3));
        if (n % 3 == 0) {
            builder.status(Status.CLOSED).completion(money(n));
        } else if (n % 3 == 1) {
            builder.status(Status.ASSIGNED).technician(new UserId(300 + n % 7));
        }
        return builder.build();
    }

    static Completion money(int n) {
        return Completion.of(new Money(500_000 + n * 137L), new Money(n * 31L), n % 2 == 0, n % 5 == 0,
                ProfitSplitPolicy.defaults());
    }

    @Override
    public void forEachEntered(TimeRange entered, Optional<UserId> technician, Consumer<RepairRequest> each) {
        for (int n = 1; n <= count; n++) {
            each.accept(request(n));
        }
    }

    @Override
    public ReportFigures figures(TimeRange entered, Optional<UserId> technician) {
        throw new UnsupportedOperationException("exports only");
    }

    @Override
    public List<RepairRequest> waitingSince(Status status, Instant enteredBefore) {
        throw new UnsupportedOperationException("exports only");
    }

    @Override
    public List<RepairRequest> visitsBetween(Set<Status> statuses, LocalDateTime from, LocalDateTime until) {
        throw new UnsupportedOperationException("exports only");
    }
}
