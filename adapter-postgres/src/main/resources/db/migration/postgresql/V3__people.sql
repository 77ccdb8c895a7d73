-- People by name and language (ADR 0028): how Telegram calls each person who writes to the bot (refreshed when it
-- changes), the name the office gave a technician, and the language they read (Telegram's language_code, or the
-- one they chose with /lang). Read by its key, never cached, like the roles.
CREATE TABLE people (
    user_id         bigint  PRIMARY KEY,
    first_name      text    NOT NULL DEFAULT '',
    last_name       text    NOT NULL DEFAULT '',
    username        text    NOT NULL DEFAULT '',
    given_name      text    NOT NULL DEFAULT '',
    language        text,
    language_chosen boolean NOT NULL DEFAULT false
);

-- The main menu counts a technician's active requests on every menu it shows: by technician and status, from the
-- index alone.
CREATE INDEX requests_by_technician_status ON requests (technician_id, status);
