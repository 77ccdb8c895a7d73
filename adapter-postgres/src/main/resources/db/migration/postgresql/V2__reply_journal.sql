-- The reply journal: an update is recorded together with the replies still owed for it (ADR 0017), in the
-- channel's own form; owed becomes NULL once they went out.
ALTER TABLE processed_updates ADD COLUMN chat_id bigint;
ALTER TABLE processed_updates ADD COLUMN owed text;
CREATE INDEX processed_updates_owing ON processed_updates (update_id) WHERE owed IS NOT NULL;
