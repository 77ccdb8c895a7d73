-- How many requests each status holds, kept by triggers in the transaction of every change (issue 19): the menu's
-- "new requests" counter ran count(*) on the status index, which walks every NEW row, at each menu shown — 2.4 % of
-- the bot's CPU in the load rig with a few thousand NEW requests. Whichever process or tool writes, the triggers
-- keep the counts; SqliteRepairRequestCountsIT checks them against count(*) after every kind of change.
CREATE TABLE request_counts (
    status TEXT    PRIMARY KEY,
    count  INTEGER NOT NULL CHECK (count >= 0)
) WITHOUT ROWID;

INSERT INTO request_counts (status, count) SELECT status, count(*) FROM requests GROUP BY status;

CREATE TRIGGER request_counts_insert AFTER INSERT ON requests BEGIN
    INSERT INTO request_counts (status, count) VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER request_counts_update AFTER UPDATE OF status ON requests WHEN OLD.status IS NOT NEW.status BEGIN
    UPDATE request_counts SET count = count - 1 WHERE status = OLD.status;
    INSERT INTO request_counts (status, count) VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER request_counts_delete AFTER DELETE ON requests BEGIN
    UPDATE request_counts SET count = count - 1 WHERE status = OLD.status;
END;
