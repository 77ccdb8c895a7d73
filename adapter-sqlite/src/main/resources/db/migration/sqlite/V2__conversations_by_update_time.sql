-- Starting a dialog sweeps every expired one (DELETE ... WHERE updated_at < ?): this index keeps that sweep
-- a range scan instead of a read of the whole table.
CREATE INDEX conversations_by_update_time ON conversations (updated_at);
