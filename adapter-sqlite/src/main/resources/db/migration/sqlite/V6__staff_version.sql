-- One number that every change of roles or technicians raises, in the same transaction as the change (the
-- triggers below, so no writer can forget it). Each process keeps roles and technicians in memory and reads
-- this one row before using them: a change committed by any process on this file is seen by every other one
-- on its next read.
CREATE TABLE staff_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

INSERT INTO staff_version (id, version) VALUES (1, 0);

CREATE TRIGGER staff_roles_inserted AFTER INSERT ON staff_roles
BEGIN
    UPDATE staff_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER staff_roles_updated AFTER UPDATE ON staff_roles
BEGIN
    UPDATE staff_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER staff_roles_deleted AFTER DELETE ON staff_roles
BEGIN
    UPDATE staff_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER technicians_inserted AFTER INSERT ON technicians
BEGIN
    UPDATE staff_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER technicians_updated AFTER UPDATE ON technicians
BEGIN
    UPDATE staff_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER technicians_deleted AFTER DELETE ON technicians
BEGIN
    UPDATE staff_version SET version = version + 1 WHERE id = 1;
END;
