-- People by name and language (ADR 0028): how Telegram calls each person who writes to the bot (refreshed when it
-- changes), the name the office gave a technician, and the language they read (Telegram's language_code, or the
-- one they chose with /lang). Changes raise staff_version like roles and technicians do, so every process reads
-- a rename or a chosen language on its next update.
CREATE TABLE people (
    user_id         INTEGER PRIMARY KEY,
    first_name      TEXT    NOT NULL DEFAULT '',
    last_name       TEXT    NOT NULL DEFAULT '',
    username        TEXT    NOT NULL DEFAULT '',
    given_name      TEXT    NOT NULL DEFAULT '',
    language        TEXT,
    language_chosen INTEGER NOT NULL DEFAULT 0 CHECK (language_chosen IN (0, 1))
);

CREATE TRIGGER people_inserted AFTER INSERT ON people
BEGIN
    UPDATE staff_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER people_updated AFTER UPDATE ON people
BEGIN
    UPDATE staff_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER people_deleted AFTER DELETE ON people
BEGIN
    UPDATE staff_version SET version = version + 1 WHERE id = 1;
END;

-- The main menu counts a technician's active requests on every menu it shows: by technician and status, from the
-- index alone.
CREATE INDEX requests_by_technician_status ON requests (technician_id, status);
