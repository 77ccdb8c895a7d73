-- Where each request's card was posted, one per request and chat, so that it is edited in place on a change.
CREATE TABLE card_placements (
    request    INTEGER NOT NULL,
    chat_id    INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    PRIMARY KEY (request, chat_id)
);
