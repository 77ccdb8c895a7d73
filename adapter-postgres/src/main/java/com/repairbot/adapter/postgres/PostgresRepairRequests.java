package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplit;
import com.repairbot.domain.request.ClientSide;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.Photo;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.Rating;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Requests and their history. The request maps to one row (this class is the one place that knows the
 * columns); a status change is an {@code UPDATE … WHERE number = ? AND status = ? AND version = ?}, which
 * PostgreSQL's row lock makes a true compare-and-set across connections and instances.
 */
public final class PostgresRepairRequests implements RepairRequests {

    static final String COLUMNS = "equipment, description, client_name, client_phone, client_address, notes, "
            + "visit_text, visit_at, dispatcher_id, technician_id, status, long_expected_by, long_prepayment, "
            + "long_parts_note, total, materials, review_taken, out_of_city, split_net, split_percent, "
            + "split_technician, split_company, refusal_reason, created_at, updated_at, status_since, "
            + "created_at_ns, updated_at_ns, status_since_ns, version, client_user_id, from_client, photos, rating, "
            + "rating_comment, cancelled_by_client";
    private static final String VALUES = Arrays.stream(COLUMNS.split(", ")).map(c -> ":" + c)
            .collect(Collectors.joining(", "));
    private static final String ASSIGNMENTS = Arrays.stream(COLUMNS.split(", ")).map(c -> c + " = :" + c)
            .collect(Collectors.joining(", "));

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresRepairRequests(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void add(RepairRequest request) {
        int inserted = database.write(handle -> {
            int added = bind(handle.createUpdate("INSERT INTO requests (number, " + COLUMNS
                    + ") VALUES (:number, " + VALUES + ") ON CONFLICT (number) DO NOTHING"), request).execute();
            if (added == 1) {
                indexWords(handle, request);
            }
            return added;
        });
        if (inserted == 0) {
            throw new IllegalStateException(request.number() + " exists already");
        }
    }

    @Override
    public boolean compareAndSet(RepairRequest updated, Status expectedStatus, long expectedVersion) {
        return database.write(handle -> {
            int changed = bind(handle.createUpdate("UPDATE requests SET " + ASSIGNMENTS
                            + " WHERE number = :number AND status = :expected_status AND version = :expected_version"),
                    updated)
                    .bind("expected_status", expectedStatus.name())
                    .bind("expected_version", expectedVersion)
                    .execute();
            if (changed == 1) {
                handle.createUpdate("DELETE FROM request_words WHERE number = ?").bind(0, updated.number().value())
                        .execute();
                indexWords(handle, updated);
            }
            return changed;
        }) == 1;
    }

    /** Writes the words the request is found by (in the same unit of work as the request). */
    private static void indexWords(Handle handle, RepairRequest request) {
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO request_words (word, number) VALUES (?, ?) ON CONFLICT DO NOTHING");
        for (String word : SearchTerms.wordsOf(request.client())) {
            batch.bind(0, word).bind(1, request.number().value()).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    @Override
    public List<RepairRequest> search(SearchTerms terms, Optional<UserId> technician, int offset, int limit) {
        return database.read(handle -> found(handle.createQuery("SELECT number, " + COLUMNS + " FROM requests WHERE "
                        + matching(terms) + " ORDER BY number DESC LIMIT :limit OFFSET :offset"), terms, technician)
                .bind("limit", Math.max(0, limit)).bind("offset", Math.max(0, offset))
                .map(PostgresRepairRequests::request).list());
    }

    @Override
    public int countSearch(SearchTerms terms, Optional<UserId> technician) {
        return database.read(handle -> found(handle.createQuery("SELECT count(*) FROM requests WHERE "
                + matching(terms)), terms, technician).mapTo(Integer.class).one());
    }

    /**
     * The condition of a search: the number (the primary key), the phone ({@code requests_by_phone}), or for
     * each word a range of {@code request_words}' primary key; only parameter names are written into the SQL.
     */
    private static String matching(SearchTerms terms) {
        List<String> any = new java.util.ArrayList<>();
        terms.number().ifPresent(n -> any.add("number = :number"));
        terms.phone().ifPresent(p -> any.add("client_phone = :phone"));
        if (!terms.words().isEmpty()) {
            any.add("number IN (" + java.util.stream.IntStream.range(0, terms.words().size())
                    .mapToObj(i -> "SELECT number FROM request_words WHERE word >= :word" + i + " AND word < :upper" + i)
                    .collect(Collectors.joining(" INTERSECT ")) + ")");
        }
        return "(" + String.join(" OR ", any) + ") AND (CAST(:technician AS bigint) IS NULL"
                + " OR technician_id = CAST(:technician AS bigint))";
    }

    private static Query found(Query query, SearchTerms terms, Optional<UserId> technician) {
        terms.number().ifPresent(n -> query.bind("number", n.value()));
        terms.phone().ifPresent(p -> query.bind("phone", p.e164()));
        for (int i = 0; i < terms.words().size(); i++) {
            query.bind("word" + i, terms.words().get(i)).bind("upper" + i, SearchTerms.upperBound(terms.words().get(i)));
        }
        return query.bind("technician", technician.map(UserId::value).orElse(null));
    }

    @Override
    public Optional<RepairRequest> find(RequestNumber number) {
        return database.read(handle -> handle.createQuery("SELECT number, " + COLUMNS
                        + " FROM requests WHERE number = :number")
                .bind("number", number.value()).map(PostgresRepairRequests::request).findOne());
    }

    @Override
    public void appendHistory(HistoryEntry entry) {
        database.write(handle -> handle.createUpdate("INSERT INTO request_history "
                        + "(number, from_status, to_status, by_user, at, at_ns, comment) "
                        + "VALUES (:number, :from, :to, :by, :at, :at_ns, :comment)")
                .bind("number", entry.number().value())
                .bind("from", entry.from().map(Status::name).orElse(null))
                .bind("to", entry.to().name())
                .bind("by", entry.by().value())
                .bind("at", PostgresTime.at(entry.at()))
                .bind("at_ns", PostgresTime.nanosBelowMicros(entry.at()))
                .bind("comment", entry.comment())
                .execute());
    }

    @Override
    public List<HistoryEntry> history(RequestNumber number) {
        return database.read(handle -> handle.createQuery("SELECT from_status, to_status, by_user, at, at_ns, comment "
                        + "FROM request_history WHERE number = :number ORDER BY id")
                .bind("number", number.value())
                .map((rs, ctx) -> new HistoryEntry(number,
                        Optional.ofNullable(rs.getString("from_status")).map(Status::valueOf),
                        Status.valueOf(rs.getString("to_status")), new UserId(rs.getLong("by_user")),
                        PostgresTime.instant(rs, "at", "at_ns"), rs.getString("comment")))
                .list());
    }

    @Override
    public List<RepairRequest> list(Set<Status> statuses, int offset, int limit) {
        return database.read(handle -> handle.createQuery("SELECT number, " + COLUMNS + " FROM requests WHERE "
                        + statusFilter(statuses) + " ORDER BY number DESC LIMIT :limit OFFSET :offset")
                .bind("limit", Math.max(0, limit)).bind("offset", Math.max(0, offset))
                .map(PostgresRepairRequests::request).list());
    }

    @Override
    public int count(Set<Status> statuses) {
        return database.read(handle -> handle.createQuery("SELECT count(*) FROM requests WHERE "
                + statusFilter(statuses)).mapTo(Integer.class).one());
    }

    @Override
    public List<RepairRequest> assignedTo(UserId technician, Set<Status> statuses, int offset, int limit) {
        return database.read(handle -> handle.createQuery("SELECT number, " + COLUMNS + " FROM requests "
                        + "WHERE technician_id = :technician AND " + statusFilter(statuses)
                        + " ORDER BY number DESC LIMIT :limit OFFSET :offset")
                .bind("technician", technician.value())
                .bind("limit", Math.max(0, limit)).bind("offset", Math.max(0, offset))
                .map(PostgresRepairRequests::request).list());
    }

    @Override
    public int countAssignedTo(UserId technician, Set<Status> statuses) {
        return database.read(handle -> handle.createQuery("SELECT count(*) FROM requests "
                        + "WHERE technician_id = :technician AND " + statusFilter(statuses))
                .bind("technician", technician.value()).mapTo(Integer.class).one());
    }

    @Override
    public List<RepairRequest> ofClient(UserId client, Set<Status> statuses, int offset, int limit) {
        return database.read(handle -> handle.createQuery("SELECT number, " + COLUMNS + " FROM requests "
                        + "WHERE client_user_id = :client AND " + statusFilter(statuses)
                        + " ORDER BY number DESC LIMIT :limit OFFSET :offset")
                .bind("client", client.value())
                .bind("limit", Math.max(0, limit)).bind("offset", Math.max(0, offset))
                .map(PostgresRepairRequests::request).list());
    }

    @Override
    public int countOfClient(UserId client, Set<Status> statuses) {
        return database.read(handle -> handle.createQuery("SELECT count(*) FROM requests "
                        + "WHERE client_user_id = :client AND " + statusFilter(statuses))
                .bind("client", client.value()).mapTo(Integer.class).one());
    }

    @Override
    public Optional<RepairRequest> latestForPhone(PhoneNumber phone) {
        return database.read(handle -> handle.createQuery("SELECT number, " + COLUMNS + " FROM requests "
                        + "WHERE client_phone = :phone ORDER BY number DESC LIMIT 1")
                .bind("phone", phone.e164()).map(PostgresRepairRequests::request).findOne());
    }

    /** Status names are enum constants, never user input, so they may be written into the SQL text. */
    private static String statusFilter(Set<Status> statuses) {
        if (statuses.isEmpty()) {
            return "true";
        }
        return "status IN (" + statuses.stream().map(s -> "'" + s.name() + "'").sorted()
                .collect(Collectors.joining(", ")) + ")";
    }

    private static <S extends SqlStatement<S>> S bind(S statement, RepairRequest r) {
        Optional<Completion> money = r.completion();
        Optional<LongRepairPlan> plan = r.longRepair();
        ClientSide side = r.clientSide();
        return statement
                .bind("number", r.number().value())
                .bind("equipment", r.equipment().code())
                .bind("description", r.description().value())
                .bind("client_name", r.client().name().value())
                .bind("client_phone", r.client().phone().e164())
                .bind("client_address", r.client().address().value())
                .bind("notes", r.notes().map(Notes::value).orElse(null))
                .bind("visit_text", r.visit().map(ScheduledVisit::text).orElse(null))
                .bind("visit_at", PostgresTime.local(r.visit().flatMap(ScheduledVisit::at).orElse(null)))
                .bind("dispatcher_id", r.dispatcher().value())
                .bind("technician_id", r.technician().map(UserId::value).orElse(null))
                .bind("status", r.status().name())
                .bind("long_expected_by", PostgresTime.date(plan.map(LongRepairPlan::expectedBy).orElse(null)))
                .bind("long_prepayment", plan.flatMap(LongRepairPlan::prepayment).map(Money::kopecks).orElse(null))
                .bind("long_parts_note", plan.map(LongRepairPlan::partsNote).orElse(null))
                .bind("total", money.map(c -> c.total().kopecks()).orElse(null))
                .bind("materials", money.map(c -> c.materials().kopecks()).orElse(null))
                .bind("review_taken", money.map(Completion::reviewTaken).orElse(null))
                .bind("out_of_city", money.map(Completion::outOfCity).orElse(null))
                .bind("split_net", money.map(c -> c.split().net().kopecks()).orElse(null))
                .bind("split_percent", money.map(c -> c.split().technicianPercent()).orElse(null))
                .bind("split_technician", money.map(c -> c.split().technicianShare().kopecks()).orElse(null))
                .bind("split_company", money.map(c -> c.split().companyShare().kopecks()).orElse(null))
                .bind("refusal_reason", r.refusal().map(RefusalReason::value).orElse(null))
                .bind("created_at", PostgresTime.at(r.createdAt()))
                .bind("updated_at", PostgresTime.at(r.updatedAt()))
                .bind("status_since", PostgresTime.at(r.statusSince()))
                .bind("created_at_ns", PostgresTime.nanosBelowMicros(r.createdAt()))
                .bind("updated_at_ns", PostgresTime.nanosBelowMicros(r.updatedAt()))
                .bind("status_since_ns", PostgresTime.nanosBelowMicros(r.statusSince()))
                .bind("version", r.version())
                .bind("client_user_id", side.account().map(UserId::value).orElse(null))
                .bind("from_client", side.fromClient())
                .bind("photos", side.photos().isEmpty() ? null
                        : side.photos().stream().map(Photo::fileId).collect(Collectors.joining(" ")))
                .bind("rating", side.rating().map(Rating::score).orElse(null))
                .bind("rating_comment", side.rating().flatMap(Rating::comment).orElse(null))
                .bind("cancelled_by_client", side.cancelled());
    }

    static RepairRequest request(ResultSet rs, StatementContext ctx) throws SQLException {
        Client client = new Client(new PersonName(rs.getString("client_name")),
                new PhoneNumber(rs.getString("client_phone")), new Address(rs.getString("client_address")));
        String visitText = rs.getString("visit_text");
        Optional<ScheduledVisit> visit = visitText == null ? Optional.empty()
                : Optional.of(new ScheduledVisit(visitText, Optional.ofNullable(PostgresTime.local(rs, "visit_at"))));
        java.time.LocalDate expectedBy = PostgresTime.date(rs, "long_expected_by");
        Optional<LongRepairPlan> plan = expectedBy == null ? Optional.empty()
                : Optional.of(new LongRepairPlan(expectedBy,
                        Optional.ofNullable(optionalLong(rs, "long_prepayment")).map(Money::new),
                        rs.getString("long_parts_note")));
        Long total = optionalLong(rs, "total");
        Optional<Completion> completion = total == null ? Optional.empty()
                : Optional.of(new Completion(new Money(total), new Money(rs.getLong("materials")),
                        rs.getBoolean("review_taken"), rs.getBoolean("out_of_city"),
                        new ProfitSplit(new Money(rs.getLong("split_net")), rs.getInt("split_percent"),
                                new Money(rs.getLong("split_technician")), new Money(rs.getLong("split_company")))));
        return new RepairRequest(new RequestNumber(rs.getLong("number")), new EquipmentType(rs.getString("equipment")),
                new ProblemDescription(rs.getString("description")), client,
                Optional.ofNullable(rs.getString("notes")).map(Notes::new), visit,
                new UserId(rs.getLong("dispatcher_id")),
                Optional.ofNullable(optionalLong(rs, "technician_id")).map(UserId::new),
                Status.valueOf(rs.getString("status")), plan, completion,
                Optional.ofNullable(rs.getString("refusal_reason")).map(RefusalReason::new),
                PostgresTime.instant(rs, "created_at", "created_at_ns"),
                PostgresTime.instant(rs, "updated_at", "updated_at_ns"),
                PostgresTime.instant(rs, "status_since", "status_since_ns"), rs.getLong("version"), clientSide(rs));
    }

    private static ClientSide clientSide(ResultSet rs) throws SQLException {
        Long score = optionalLong(rs, "rating");
        Optional<Rating> rating = score == null ? Optional.empty()
                : Optional.of(new Rating(score.intValue(), Optional.ofNullable(rs.getString("rating_comment"))));
        String ids = rs.getString("photos");
        List<Photo> photos = ids == null ? List.of() : Arrays.stream(ids.split(" ")).map(Photo::new).toList();
        return new ClientSide(Optional.ofNullable(optionalLong(rs, "client_user_id")).map(UserId::new),
                rs.getBoolean("from_client"), photos, rating, rs.getBoolean("cancelled_by_client"));
    }

    private static Long optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
