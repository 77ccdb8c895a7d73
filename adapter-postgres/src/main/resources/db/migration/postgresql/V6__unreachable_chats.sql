-- Chats the bot cannot write to (issue 14, item 8): a person who blocked it (their private chat, whose id is their
-- Telegram user id, whatever their role), a group that removed it, a chat Telegram no longer knows. Nothing is sent
-- to them; the mark is cleared when the person writes again or the bot is added back. As in the SQLite file
-- (V10); since_ns keeps the nanoseconds below the microsecond, as every instant column does.
CREATE TABLE unreachable_chats (
    chat_id  bigint      NOT NULL PRIMARY KEY,
    reason   text        NOT NULL,
    since    timestamptz NOT NULL,
    since_ns integer     NOT NULL DEFAULT 0
);
