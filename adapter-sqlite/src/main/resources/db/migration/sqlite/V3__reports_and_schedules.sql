-- Reports read the requests entered in a period: a range scan on the creation time instead of the whole table.
CREATE INDEX requests_by_creation ON requests (created_at, number);

-- Scheduled work. A lease per job when Redis is not configured (the row is the lock: who holds it, until when).
CREATE TABLE job_leases (
    name  TEXT    PRIMARY KEY,
    owner TEXT    NOT NULL,
    until TEXT    NOT NULL
);

-- The newest schedule slot each job has run for, so that a restart runs a missed slot once and no more.
CREATE TABLE job_runs (
    job  TEXT PRIMARY KEY,
    slot TEXT NOT NULL
);

-- Alerts and reminders already given: one per request, status and kind, whatever the number of runs.
CREATE TABLE fired_alerts (
    request INTEGER NOT NULL,
    status  TEXT    NOT NULL,
    kind    TEXT    NOT NULL,
    at      TEXT    NOT NULL,
    PRIMARY KEY (request, status, kind)
);
