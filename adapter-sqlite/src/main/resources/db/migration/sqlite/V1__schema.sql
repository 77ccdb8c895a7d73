-- repair-bot schema, version 1. Stable codes (status names, step ids, roles) are stored as text, never
-- as ordinals. Instants are ISO-8601 UTC text with full precision; money is integer kopecks.

CREATE TABLE request_number (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    last INTEGER NOT NULL
);
INSERT INTO request_number (id, last) VALUES (1, 0);

CREATE TABLE requests (
    number            INTEGER PRIMARY KEY,
    equipment         TEXT    NOT NULL,
    description       TEXT    NOT NULL,
    client_name       TEXT    NOT NULL,
    client_phone      TEXT    NOT NULL,
    client_address    TEXT    NOT NULL,
    notes             TEXT,
    visit_text        TEXT,
    visit_at          TEXT,
    dispatcher_id     INTEGER NOT NULL,
    technician_id     INTEGER,
    status            TEXT    NOT NULL CHECK (status IN
                          ('NEW', 'ASSIGNED', 'ACCEPTED', 'ONSITE', 'LONG_REPAIR', 'CLOSED', 'REFUSED')),
    long_expected_by  TEXT,
    long_prepayment   INTEGER,
    long_parts_note   TEXT,
    total             INTEGER,
    materials         INTEGER,
    review_taken      INTEGER,
    out_of_city       INTEGER,
    split_net         INTEGER,
    split_percent     INTEGER,
    split_technician  INTEGER,
    split_company     INTEGER,
    refusal_reason    TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    status_since      TEXT    NOT NULL,
    version           INTEGER NOT NULL CHECK (version >= 1)
);
CREATE INDEX requests_by_status ON requests (status, number);
CREATE INDEX requests_by_technician ON requests (technician_id, number);
CREATE INDEX requests_by_phone ON requests (client_phone, number);

CREATE TABLE request_history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    number      INTEGER NOT NULL REFERENCES requests (number),
    from_status TEXT,
    to_status   TEXT    NOT NULL,
    by_user     INTEGER NOT NULL,
    at          TEXT    NOT NULL,
    comment     TEXT    NOT NULL
);
CREATE INDEX history_by_request ON request_history (number, id);

CREATE TABLE idempotency_keys (
    key    TEXT    PRIMARY KEY,
    number INTEGER NOT NULL
);

CREATE TABLE staff_roles (
    user_id INTEGER NOT NULL,
    role    TEXT    NOT NULL CHECK (role IN ('ADMIN', 'DISPATCHER', 'TECHNICIAN')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE technicians (
    user_id        INTEGER PRIMARY KEY,
    phone          TEXT    NOT NULL,
    specialization TEXT    NOT NULL,
    active         INTEGER NOT NULL,
    work_group     INTEGER
);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT    NOT NULL,
    actor   INTEGER NOT NULL,
    action  TEXT    NOT NULL,
    request INTEGER,
    details TEXT    NOT NULL
);

CREATE TABLE outbox (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient INTEGER NOT NULL,
    kind      TEXT    NOT NULL,
    request   INTEGER NOT NULL,
    detail    TEXT    NOT NULL,
    due_at    TEXT    NOT NULL,
    attempts  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_by_due ON outbox (due_at, id);

CREATE TABLE conversations (
    chat_id    INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    step_id    TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);

CREATE TABLE conversation_data (
    chat_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    key     TEXT    NOT NULL,
    value   TEXT    NOT NULL,
    PRIMARY KEY (chat_id, user_id, key),
    FOREIGN KEY (chat_id, user_id) REFERENCES conversations (chat_id, user_id) ON DELETE CASCADE
);

CREATE TABLE processed_updates (
    update_id INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL
);
CREATE INDEX processed_updates_by_time ON processed_updates (at);
