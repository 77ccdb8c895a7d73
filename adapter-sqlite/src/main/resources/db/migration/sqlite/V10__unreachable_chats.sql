-- Chats the bot cannot write to (issue 14, item 8): a person who blocked it (their private chat, whose id is their
-- Telegram user id, whatever their role), a group that removed it, a chat Telegram no longer knows. Nothing is sent
-- to them; the mark is cleared when the person writes again or the bot is added back.
CREATE TABLE unreachable_chats (
    chat_id INTEGER NOT NULL PRIMARY KEY,
    reason  TEXT    NOT NULL,
    since   TEXT    NOT NULL
);
