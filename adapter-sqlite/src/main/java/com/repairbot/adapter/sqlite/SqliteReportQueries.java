package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.MoneyTotals;
import com.repairbot.application.port.out.PrepaymentTotals;
import com.repairbot.application.port.out.ReportFigures;
import com.repairbot.application.port.out.ReportQueries;
import com.repairbot.application.port.out.TechnicianFigures;
import com.repairbot.application.port.out.TimeRange;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.Query;

/**
 * Report reads summed by SQLite ({@code GROUP BY} over the creation-time index), money as integer kopecks
 * summed exactly; the export streams rows from one read connection.
 */
public final class SqliteReportQueries implements ReportQueries {

    /** The period, and the technician when one is asked for ({@code :technician} null means everyone). */
    private static final String WHERE = " FROM requests WHERE created_at >= :from AND created_at < :until"
            + " AND (:technician IS NULL OR technician_id = :technician)";
    private static final String MONEY = "count(total) AS closed, coalesce(sum(total), 0) AS total,"
            + " coalesce(sum(materials), 0) AS materials, coalesce(sum(split_technician), 0) AS technician_share,"
            + " coalesce(sum(split_company), 0) AS company_share, coalesce(sum(review_taken), 0) AS reviews,"
            + " coalesce(sum(out_of_city), 0) AS out_of_city";
    private static final String CLOSED = " AND status = 'CLOSED' AND total IS NOT NULL";
    /** The same sums as {@link #MONEY}, of the closed rows only, for a group that holds every status. */
    private static final String MONEY_OF_CLOSED = "count(CASE WHEN status = 'CLOSED' THEN total END) AS closed,"
            + " coalesce(sum(CASE WHEN status = 'CLOSED' THEN total END), 0) AS total,"
            + " coalesce(sum(CASE WHEN status = 'CLOSED' THEN materials END), 0) AS materials,"
            + " coalesce(sum(CASE WHEN status = 'CLOSED' THEN split_technician END), 0) AS technician_share,"
            + " coalesce(sum(CASE WHEN status = 'CLOSED' THEN split_company END), 0) AS company_share,"
            + " coalesce(sum(CASE WHEN status = 'CLOSED' THEN review_taken END), 0) AS reviews,"
            + " coalesce(sum(CASE WHEN status = 'CLOSED' THEN out_of_city END), 0) AS out_of_city";

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteReportQueries(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public ReportFigures figures(TimeRange entered, Optional<UserId> technician) {
        return database.read(handle -> {
            Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
            int[] requests = {0};
            bound(handle.createQuery("SELECT status, count(*) AS n" + WHERE + " GROUP BY status"), entered, technician)
                    .map((rs, ctx) -> Map.entry(Status.valueOf(rs.getString("status")), rs.getInt("n")))
                    .forEach(e -> {
                        byStatus.put(e.getKey(), e.getValue());
                        requests[0] += e.getValue();
                    });
            Map<EquipmentType, Integer> byEquipment = new LinkedHashMap<>();
            bound(handle.createQuery("SELECT equipment, count(*) AS n" + WHERE
                    + " GROUP BY equipment ORDER BY n DESC, equipment"), entered, technician)
                    .map((rs, ctx) -> Map.entry(new EquipmentType(rs.getString("equipment")), rs.getInt("n")))
                    .forEach(e -> byEquipment.put(e.getKey(), e.getValue()));
            List<TechnicianFigures> byTechnician = bound(handle.createQuery("SELECT technician_id, count(*) AS n, "
                    + "count(rating) AS rated, coalesce(sum(rating), 0) AS rating_sum, " + MONEY_OF_CLOSED + WHERE
                    + " AND technician_id IS NOT NULL GROUP BY technician_id ORDER BY technician_id"),
                    entered, technician)
                    .map((rs, ctx) -> new TechnicianFigures(new UserId(rs.getLong("technician_id")), rs.getInt("n"),
                            money(rs), rs.getInt("rated"), rs.getLong("rating_sum")))
                    .list();
            MoneyTotals money = bound(handle.createQuery("SELECT " + MONEY + WHERE + CLOSED), entered, technician)
                    .map((rs, ctx) -> money(rs)).one();
            PrepaymentTotals prepayments = bound(handle.createQuery("SELECT count(long_prepayment) AS prepaid,"
                    + " coalesce(sum(long_prepayment), 0) AS prepayments" + WHERE), entered, technician)
                    .map((rs, ctx) -> new PrepaymentTotals(rs.getInt("prepaid"), new Money(rs.getLong("prepayments"))))
                    .one();
            return new ReportFigures(requests[0], byStatus, byEquipment, byTechnician, money, prepayments);
        });
    }

    @Override
    public void forEachEntered(TimeRange entered, Optional<UserId> technician, Consumer<RepairRequest> each) {
        database.read(handle -> {
            // a cursor, not a list: the rows go to the consumer as SQLite steps through them
            bound(handle.createQuery("SELECT number, " + SqliteRepairRequests.COLUMNS + WHERE + " ORDER BY number"),
                    entered, technician)
                    .setFetchSize(500)
                    .map(SqliteRepairRequests::request)
                    .useStream(rows -> rows.forEach(each));
            return null;
        });
    }

    @Override
    public List<RepairRequest> waitingSince(Status status, Instant enteredBefore) {
        return database.read(handle -> handle.createQuery("SELECT number, " + SqliteRepairRequests.COLUMNS
                        + " FROM requests WHERE status = :status AND status_since <= :before"
                        + " ORDER BY status_since, number")
                .bind("status", status.name()).bind("before", SqliteTime.format(enteredBefore))
                .map(SqliteRepairRequests::request).list());
    }

    @Override
    public List<RepairRequest> visitsBetween(Set<Status> statuses, LocalDateTime from, LocalDateTime until) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        // ISO local date-times of one width order correctly as text
        return database.read(handle -> handle.createQuery("SELECT number, " + SqliteRepairRequests.COLUMNS
                        + " FROM requests WHERE status IN (<statuses>) AND visit_at >= :from AND visit_at < :until"
                        + " ORDER BY visit_at, number")
                .bindList("statuses", statuses.stream().map(Status::name).sorted().toList())
                .bind("from", SqliteTime.format(from)).bind("until", SqliteTime.format(until))
                .map(SqliteRepairRequests::request).list());
    }

    private static Query bound(Query query, TimeRange entered, Optional<UserId> technician) {
        return query.bind("from", SqliteTime.format(entered.from()))
                .bind("until", SqliteTime.format(entered.until()))
                .bind("technician", technician.map(UserId::value).orElse(null));
    }

    private static MoneyTotals money(ResultSet rs) throws SQLException {
        return new MoneyTotals(rs.getInt("closed"), new Money(rs.getLong("total")), new Money(rs.getLong("materials")),
                new Money(rs.getLong("technician_share")), new Money(rs.getLong("company_share")), rs.getInt("reviews"),
                rs.getInt("out_of_city"));
    }
}
