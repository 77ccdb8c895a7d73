-- Clients (people without a role who write to the bot) and what a request keeps of its client's side
-- (ADR 0030): the client's account linked to the request, whether the client sent it, the photos of the defect
-- (Telegram file ids, separated by single spaces), the client's rating, and whether the client cancelled it.
ALTER TABLE requests ADD COLUMN client_user_id INTEGER;
ALTER TABLE requests ADD COLUMN from_client INTEGER NOT NULL DEFAULT 0 CHECK (from_client IN (0, 1));
ALTER TABLE requests ADD COLUMN photos TEXT;
ALTER TABLE requests ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5);
ALTER TABLE requests ADD COLUMN rating_comment TEXT;
ALTER TABLE requests ADD COLUMN cancelled_by_client INTEGER NOT NULL DEFAULT 0 CHECK (cancelled_by_client IN (0, 1));
CREATE INDEX requests_by_client ON requests (client_user_id, number) WHERE client_user_id IS NOT NULL;

CREATE TABLE clients (
    user_id  INTEGER PRIMARY KEY,
    phone    TEXT,
    name     TEXT,
    language TEXT NOT NULL,
    source   TEXT
);
-- a phone belongs to one client at a time: the last who shared it
CREATE UNIQUE INDEX clients_by_phone ON clients (phone) WHERE phone IS NOT NULL;
