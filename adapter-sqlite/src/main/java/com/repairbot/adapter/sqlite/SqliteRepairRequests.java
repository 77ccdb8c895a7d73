package com.repairbot.adapter.sqlite;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Requests and their history. The request maps to one row (this class is the one place that knows the
 * columns); a status change is an {@code UPDATE … WHERE number = ? AND status = ? AND version = ?}.
 */
public final class SqliteRepairRequests implements RepairRequests {

    static final String COLUMNS = "equipment, description, client_name, client_phone, client_address, notes, "
            + "visit_text, visit_at, dispatcher_id, technician_id, status, long_expected_by, long_prepayment, "
            + "long_parts_note, total, materials, review_taken, out_of_city, split_net, split_percent, "
            + "split_technician, split_company, refusal_reason, created_at, updated_at, status_since, version, "
            + "client_user_id, from_client, photos, rating, rating_comment, cancelled_by_client";
    private static final String VALUES = ":equipment, :description, :client_name, :client_phone, :client_address, "
            + ":notes, :visit_text, :visit_at, :dispatcher_id, :technician_id, :status, :long_expected_by, "
            + ":long_prepayment, :long_parts_note, :total, :materials, :review_taken, :out_of_city, :split_net, "
            + ":split_percent, :split_technician, :split_company, :refusal_reason, :created_at, :updated_at, "
            + ":status_since, :version, :client_user_id, :from_client, :photos, :rating, :rating_comment, "
            + ":cancelled_by_client";

    // the statements of a create, a status change and the lanes' reads run on statements prepared once per
    // connection, bound and read by hand (ADR 0036); the rest through Jdbi
    private static final String EXISTS = "SELECT EXISTS (SELECT 1 FROM requests WHERE number = ?)";
    private static final String INSERT = "INSERT INTO requests (" + COLUMNS + ", number) VALUES ("
            + "?, ".repeat(COLUMNS.split(", ").length) + "?)";
    private static final String COMPARE_AND_SET = "UPDATE requests SET "
            + java.util.Arrays.stream(COLUMNS.split(", ")).map(column -> column + " = ?")
                    .collect(Collectors.joining(", "))
            + " WHERE number = ? AND status = ? AND version = ?";
    private static final String FORGET_WORDS = "DELETE FROM request_words WHERE number = ?";
    private static final String FIND = "SELECT number, " + COLUMNS + " FROM requests WHERE number = ?";
    private static final String LATEST_FOR_PHONE = "SELECT number, " + COLUMNS + " FROM requests"
            + " WHERE client_phone = ? ORDER BY number DESC LIMIT 1";
    private static final String APPEND_HISTORY = "INSERT INTO request_history"
            + " (number, from_status, to_status, by_user, at, comment) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String HISTORY = "SELECT from_status, to_status, by_user, at, comment"
            + " FROM request_history WHERE number = ? ORDER BY id";
    /** A search word of a request, as one row of {@link #INSERT_WORDS}. */
    private record Word(String word, long number) {
    }

    private static final MultiRowInsert<Word> INSERT_WORDS = new MultiRowInsert<>(
            "INSERT OR IGNORE INTO request_words (word, number)", 2, (statement, first, row) -> {
                statement.setString(first, row.word());
                statement.setLong(first + 1, row.number());
                return first + 2;
            });

    /** The condition for each set of statuses asked for: {@link Status} has a dozen values, so a few dozen sets. */
    private static final java.util.Map<Set<Status>, String> STATUS_FILTERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteRepairRequests(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void add(RepairRequest request) {
        long number = request.number().value();
        database.write(handle -> {
            boolean exists = database.findOne(handle, EXISTS, statement -> statement.setLong(1, number),
                    row -> row.getInt(1) == 1).orElse(false);
            if (exists) {
                throw new IllegalStateException(request.number() + " exists already");
            }
            int added = database.update(handle, INSERT, statement -> {
                int next = bindColumns(statement, 1, request);
                statement.setLong(next, number);
            });
            indexWords(handle, request);
            return added;
        });
    }

    @Override
    public boolean compareAndSet(RepairRequest updated, Status expectedStatus, long expectedVersion) {
        long number = updated.number().value();
        return database.write(handle -> {
            int changed = database.update(handle, COMPARE_AND_SET, statement -> {
                int next = bindColumns(statement, 1, updated);
                statement.setLong(next, number);
                statement.setString(next + 1, expectedStatus.name());
                statement.setLong(next + 2, expectedVersion);
            });
            if (changed == 1) {
                database.update(handle, FORGET_WORDS, statement -> statement.setLong(1, number));
                indexWords(handle, updated);
            }
            return changed;
        }) == 1;
    }

    /** Writes the words the request is found by (in the same write as the request), a few rows per statement. */
    private void indexWords(Handle handle, RepairRequest request) {
        long number = request.number().value();
        INSERT_WORDS.insert(database, handle,
                SearchTerms.wordsOf(request.client()).stream().map(word -> new Word(word, number)).toList());
    }

    @Override
    public Optional<RepairRequest> find(RequestNumber number) {
        return database.read(handle -> database.findOne(handle, FIND, statement -> statement.setLong(1, number.value()),
                SqliteRepairRequests::row));
    }

    @Override
    public void appendHistory(HistoryEntry entry) {
        String at = SqliteTime.format(entry.at());
        database.write(handle -> database.update(handle, APPEND_HISTORY, statement -> {
            statement.setLong(1, entry.number().value());
            statement.setString(2, entry.from().map(Status::name).orElse(null));
            statement.setString(3, entry.to().name());
            statement.setLong(4, entry.by().value());
            statement.setString(5, at);
            statement.setString(6, entry.comment());
        }));
    }

    @Override
    public List<HistoryEntry> history(RequestNumber number) {
        return database.read(handle -> database.list(handle, HISTORY, statement -> statement.setLong(1, number.value()),
                rs -> new HistoryEntry(number, Optional.ofNullable(rs.getString(1)).map(Status::valueOf),
                        Status.valueOf(rs.getString(2)), new UserId(rs.getLong(3)), SqliteTime.parse(rs.getString(4)),
                        rs.getString(5))));
    }

    @Override
    public List<RepairRequest> list(Set<Status> statuses, int offset, int limit) {
        return database.read(handle -> handle.createQuery("SELECT number, " + COLUMNS + " FROM requests WHERE "
                        + statusFilter(statuses) + " ORDER BY number DESC LIMIT :limit OFFSET :offset")
                .bind("limit", Math.max(0, limit)).bind("offset", Math.max(0, offset))
                .map(SqliteRepairRequests::request).list());
    }

    @Override
    public int count(Set<Status> statuses) {
        // a handful of status sets are asked for: each its own statement, prepared once; the counts are kept per
        // status by triggers (V12): count(*) walked every row of the status (issue 19)
        return database.read(handle -> database.findOne(handle, "SELECT coalesce(sum(count), 0) FROM request_counts"
                + " WHERE " + statusFilter(statuses), SqliteDatabase.NO_PARAMETERS, row -> row.getInt(1)).orElseThrow());
    }

    @Override
    public List<RepairRequest> assignedTo(UserId technician, Set<Status> statuses, int offset, int limit) {
        return database.read(handle -> handle.createQuery("SELECT number, " + COLUMNS + " FROM requests "
                        + "WHERE technician_id = :technician AND " + statusFilter(statuses)
                        + " ORDER BY number DESC LIMIT :limit OFFSET :offset")
                .bind("technician", technician.value())
                .bind("limit", Math.max(0, limit)).bind("offset", Math.max(0, offset))
                .map(SqliteRepairRequests::request).list());
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
                .map(SqliteRepairRequests::request).list());
    }

    @Override
    public int countOfClient(UserId client, Set<Status> statuses) {
        return database.read(handle -> handle.createQuery("SELECT count(*) FROM requests "
                        + "WHERE client_user_id = :client AND " + statusFilter(statuses))
                .bind("client", client.value()).mapTo(Integer.class).one());
    }

    @Override
    public Optional<RepairRequest> latestForPhone(PhoneNumber phone) {
        return database.read(handle -> database.findOne(handle, LATEST_FOR_PHONE,
                statement -> statement.setString(1, phone.e164()), SqliteRepairRequests::row));
    }

    @Override
    public List<RepairRequest> search(SearchTerms terms, Optional<UserId> technician, int offset, int limit) {
        return database.read(handle -> found(handle.createQuery("SELECT number, " + COLUMNS + " FROM requests WHERE "
                        + matching(terms) + " ORDER BY number DESC LIMIT :limit OFFSET :offset"), terms, technician)
                .bind("limit", Math.max(0, limit)).bind("offset", Math.max(0, offset))
                .map(SqliteRepairRequests::request).list());
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
        return "(" + String.join(" OR ", any) + ") AND (:technician IS NULL OR technician_id = :technician)";
    }

    private static Query found(Query query, SearchTerms terms, Optional<UserId> technician) {
        terms.number().ifPresent(n -> query.bind("number", n.value()));
        terms.phone().ifPresent(p -> query.bind("phone", p.e164()));
        for (int i = 0; i < terms.words().size(); i++) {
            query.bind("word" + i, terms.words().get(i)).bind("upper" + i, SearchTerms.upperBound(terms.words().get(i)));
        }
        return query.bind("technician", technician.map(UserId::value).orElse(null));
    }

    /**
     * Status names are enum constants, never user input, so they may be written into the SQL text. Built once per
     * set (a handful are asked for), so that the text, and the statement prepared for it, is the same each time.
     */
    private static String statusFilter(Set<Status> statuses) {
        String known = STATUS_FILTERS.get(statuses); // sets are equal by their elements, whatever their class
        if (known != null) {
            return known;
        }
        String text = filterText(statuses);
        if (STATUS_FILTERS.size() < 1_000) {
            STATUS_FILTERS.put(Set.copyOf(statuses), text);
        }
        return text;
    }

    private static String filterText(Set<Status> statuses) {
        if (statuses.isEmpty()) {
            return "1 = 1";
        }
        return "status IN (" + statuses.stream().map(s -> "'" + s.name() + "'").sorted()
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Binds the request's {@link #COLUMNS}, in their order, from parameter {@code first} on.
     *
     * @return the index of the next parameter
     */
    private static int bindColumns(PreparedStatement statement, int first, RepairRequest r) throws SQLException {
        Optional<Completion> money = r.completion();
        Optional<LongRepairPlan> plan = r.longRepair();
        ClientSide side = r.clientSide();
        int p = first;
        statement.setString(p++, r.equipment().code());
        statement.setString(p++, r.description().value());
        statement.setString(p++, r.client().name().value());
        statement.setString(p++, r.client().phone().e164());
        statement.setString(p++, r.client().address().value());
        statement.setString(p++, r.notes().map(Notes::value).orElse(null));
        statement.setString(p++, r.visit().map(ScheduledVisit::text).orElse(null));
        statement.setString(p++, r.visit().flatMap(ScheduledVisit::at).map(SqliteTime::format).orElse(null));
        statement.setLong(p++, r.dispatcher().value());
        Statements.setLong(statement, p++, r.technician().map(UserId::value));
        statement.setString(p++, r.status().name());
        statement.setString(p++, plan.map(l -> SqliteTime.format(l.expectedBy())).orElse(null));
        Statements.setLong(statement, p++, plan.flatMap(LongRepairPlan::prepayment).map(Money::kopecks));
        statement.setString(p++, plan.map(LongRepairPlan::partsNote).orElse(null));
        Statements.setLong(statement, p++, money.map(c -> c.total().kopecks()));
        Statements.setLong(statement, p++, money.map(c -> c.materials().kopecks()));
        Statements.setLong(statement, p++, money.map(c -> c.reviewTaken() ? 1 : 0));
        Statements.setLong(statement, p++, money.map(c -> c.outOfCity() ? 1 : 0));
        Statements.setLong(statement, p++, money.map(c -> c.split().net().kopecks()));
        Statements.setLong(statement, p++, money.map(c -> c.split().technicianPercent()));
        Statements.setLong(statement, p++, money.map(c -> c.split().technicianShare().kopecks()));
        Statements.setLong(statement, p++, money.map(c -> c.split().companyShare().kopecks()));
        statement.setString(p++, r.refusal().map(RefusalReason::value).orElse(null));
        statement.setString(p++, SqliteTime.format(r.createdAt()));
        statement.setString(p++, SqliteTime.format(r.updatedAt()));
        statement.setString(p++, SqliteTime.format(r.statusSince()));
        statement.setLong(p++, r.version());
        Statements.setLong(statement, p++, side.account().map(UserId::value));
        statement.setInt(p++, side.fromClient() ? 1 : 0);
        statement.setString(p++, side.photos().isEmpty() ? null
                : side.photos().stream().map(Photo::fileId).collect(Collectors.joining(" ")));
        Statements.setLong(statement, p++, side.rating().map(Rating::score));
        statement.setString(p++, side.rating().flatMap(Rating::comment).orElse(null));
        statement.setInt(p++, side.cancelled() ? 1 : 0);
        return p;
    }

    static RepairRequest request(ResultSet rs, StatementContext ctx) throws SQLException {
        return row(rs);
    }

    /** Where each column is in a row of {@code number, COLUMNS}: read by position, not looked up by name. */
    private static final java.util.Map<String, Integer> POSITIONS = positions();

    private static java.util.Map<String, Integer> positions() {
        java.util.Map<String, Integer> at = new java.util.HashMap<>();
        at.put("number", 1);
        String[] columns = COLUMNS.split(", ");
        for (int i = 0; i < columns.length; i++) {
            at.put(columns[i], i + 2);
        }
        return java.util.Map.copyOf(at);
    }

    private static int at(String column) {
        return POSITIONS.get(column);
    }

    // each column's position, looked up once
    private static final int CANCELLED_BY_CLIENT = at("cancelled_by_client");
    private static final int CLIENT_ADDRESS = at("client_address");
    private static final int CLIENT_NAME = at("client_name");
    private static final int CLIENT_PHONE = at("client_phone");
    private static final int CLIENT_USER_ID = at("client_user_id");
    private static final int CREATED_AT = at("created_at");
    private static final int DESCRIPTION = at("description");
    private static final int DISPATCHER_ID = at("dispatcher_id");
    private static final int EQUIPMENT = at("equipment");
    private static final int FROM_CLIENT = at("from_client");
    private static final int LONG_EXPECTED_BY = at("long_expected_by");
    private static final int LONG_PARTS_NOTE = at("long_parts_note");
    private static final int LONG_PREPAYMENT = at("long_prepayment");
    private static final int MATERIALS = at("materials");
    private static final int NOTES = at("notes");
    private static final int NUMBER = at("number");
    private static final int OUT_OF_CITY = at("out_of_city");
    private static final int PHOTOS = at("photos");
    private static final int RATING = at("rating");
    private static final int RATING_COMMENT = at("rating_comment");
    private static final int REFUSAL_REASON = at("refusal_reason");
    private static final int REVIEW_TAKEN = at("review_taken");
    private static final int SPLIT_COMPANY = at("split_company");
    private static final int SPLIT_NET = at("split_net");
    private static final int SPLIT_PERCENT = at("split_percent");
    private static final int SPLIT_TECHNICIAN = at("split_technician");
    private static final int STATUS = at("status");
    private static final int STATUS_SINCE = at("status_since");
    private static final int TECHNICIAN_ID = at("technician_id");
    private static final int TOTAL = at("total");
    private static final int UPDATED_AT = at("updated_at");
    private static final int VERSION = at("version");
    private static final int VISIT_AT = at("visit_at");
    private static final int VISIT_TEXT = at("visit_text");

    /** @return the request the row ({@code number, }{@link #COLUMNS}, in that order) holds */
    static RepairRequest row(ResultSet rs) throws SQLException {
        Client client = new Client(new PersonName(rs.getString(CLIENT_NAME)),
                new PhoneNumber(rs.getString(CLIENT_PHONE)), new Address(rs.getString(CLIENT_ADDRESS)));
        Optional<ScheduledVisit> visit = Optional.ofNullable(rs.getString(VISIT_TEXT)).map(text ->
                new ScheduledVisit(text, Optional.ofNullable(string(rs, VISIT_AT)).map(SqliteTime::parseLocal)));
        Optional<LongRepairPlan> plan = Optional.ofNullable(rs.getString(LONG_EXPECTED_BY)).map(date ->
                new LongRepairPlan(SqliteTime.parseDate(date), optionalMoney(rs, LONG_PREPAYMENT),
                        string(rs, LONG_PARTS_NOTE)));
        Optional<Completion> completion = Optional.ofNullable(optionalLong(rs, TOTAL)).map(total ->
                new Completion(new Money(total), new Money(longValue(rs, MATERIALS)), longValue(rs, REVIEW_TAKEN) == 1,
                        longValue(rs, OUT_OF_CITY) == 1, new ProfitSplit(new Money(longValue(rs, SPLIT_NET)),
                        (int) longValue(rs, SPLIT_PERCENT), new Money(longValue(rs, SPLIT_TECHNICIAN)),
                        new Money(longValue(rs, SPLIT_COMPANY)))));
        return new RepairRequest(new RequestNumber(rs.getLong(NUMBER)),
                new EquipmentType(rs.getString(EQUIPMENT)),
                new ProblemDescription(rs.getString(DESCRIPTION)), client,
                Optional.ofNullable(rs.getString(NOTES)).map(Notes::new), visit,
                new UserId(rs.getLong(DISPATCHER_ID)),
                Optional.ofNullable(optionalLong(rs, TECHNICIAN_ID)).map(UserId::new),
                Status.valueOf(rs.getString(STATUS)), plan, completion,
                Optional.ofNullable(rs.getString(REFUSAL_REASON)).map(RefusalReason::new),
                SqliteTime.parse(rs.getString(CREATED_AT)), SqliteTime.parse(rs.getString(UPDATED_AT)),
                SqliteTime.parse(rs.getString(STATUS_SINCE)), rs.getLong(VERSION), clientSide(rs));
    }

    private static ClientSide clientSide(ResultSet rs) throws SQLException {
        Optional<Rating> rating = Optional.ofNullable(optionalLong(rs, RATING)).map(score ->
                new Rating(score.intValue(), Optional.ofNullable(string(rs, RATING_COMMENT))));
        List<Photo> photos = Optional.ofNullable(rs.getString(PHOTOS)).stream()
                .flatMap(ids -> java.util.Arrays.stream(ids.split(" "))).map(Photo::new).toList();
        return new ClientSide(Optional.ofNullable(optionalLong(rs, CLIENT_USER_ID)).map(UserId::new),
                rs.getInt(FROM_CLIENT) == 1, photos, rating, rs.getInt(CANCELLED_BY_CLIENT) == 1);
    }

    private static String string(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long optionalLong(ResultSet rs, int column) {
        try {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long longValue(ResultSet rs, int column) {
        Long value = optionalLong(rs, column);
        if (value == null) {
            throw new IllegalStateException("column " + column + " is missing");
        }
        return value;
    }

    private static Optional<Money> optionalMoney(ResultSet rs, int column) {
        return Optional.ofNullable(optionalLong(rs, column)).map(Money::new);
    }
}
