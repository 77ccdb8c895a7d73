package com.repairbot.adapter.telegram;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * What a Bot API answer to a send says, read field by field without building the library's response objects
 * (ADR 0032): whether it worked, the error and its parameters, and the id of the message shown. Everything
 * else in the answer (Telegram echoes the whole message) is skipped.
 *
 * @param messageId {@code result.message_id}; 0 when the result is not a message ({@code true})
 */
record BotAnswer(boolean ok, int errorCode, String description, Integer retryAfter, Long migrateTo,
                 long messageId) {

    /**
     * @throws IllegalArgumentException when the text is not a Bot API answer (not JSON, no {@code ok})
     */
    static BotAnswer parse(String json) {
        boolean ok = false;
        boolean sawOk = false;
        int errorCode = 0;
        String description = null;
        Integer retryAfter = null;
        Long migrateTo = null;
        long messageId = 0;
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.nextName()) {
                    case "ok" -> {
                        ok = reader.nextBoolean();
                        sawOk = true;
                    }
                    case "error_code" -> errorCode = reader.nextInt();
                    case "description" -> description = reader.nextString();
                    case "parameters" -> {
                        reader.beginObject();
                        while (reader.hasNext()) {
                            switch (reader.nextName()) {
                                case "retry_after" -> retryAfter = reader.nextInt();
                                case "migrate_to_chat_id" -> migrateTo = reader.nextLong();
                                default -> reader.skipValue();
                            }
                        }
                        reader.endObject();
                    }
                    case "result" -> {
                        if (reader.peek() == JsonToken.BEGIN_OBJECT) {
                            reader.beginObject();
                            while (reader.hasNext()) {
                                if (reader.nextName().equals("message_id")) {
                                    messageId = reader.nextLong();
                                } else {
                                    reader.skipValue();
                                }
                            }
                            reader.endObject();
                        } else {
                            reader.skipValue();
                        }
                    }
                    default -> reader.skipValue();
                }
            }
            reader.endObject();
        } catch (IOException | IllegalStateException | NumberFormatException garbled) {
            throw new IllegalArgumentException("not a Bot API answer: " + garbled.getClass().getSimpleName(),
                    null);
        }
        if (!sawOk) {
            throw new IllegalArgumentException("not a Bot API answer: no ok", null);
        }
        return new BotAnswer(ok, errorCode, description, retryAfter, migrateTo, messageId);
    }
}
