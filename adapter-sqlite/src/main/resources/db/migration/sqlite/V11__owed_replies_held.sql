-- Owed replies are held like the outbox's notifications (ADR 0034): the instance that recorded or claimed them
-- (owed_by) sends them until owed_until, renewing that while it works on them; any instance claims those whose hold
-- has passed. Rows from before have neither: they are claimable at once.
ALTER TABLE processed_updates ADD COLUMN owed_by TEXT;
ALTER TABLE processed_updates ADD COLUMN owed_until TEXT;
