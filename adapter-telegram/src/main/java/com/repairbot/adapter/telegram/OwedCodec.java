package com.repairbot.adapter.telegram;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.repairbot.application.conversation.Document;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The form in which the channel writes what it owes a chat into the reply journal: the neutral replies as the
 * application returned them (rendered again when sent, so the journal does not depend on how Telegram is
 * spoken to), and the message they may replace. Short keys: the journal holds one entry per answered update.
 * A document is journaled by its file, which stays until it was sent.
 */
final class OwedCodec {

    /** Replies owed to a chat for one update. */
    record Owed(List<Outbound> replies, OptionalInt replaceable) {
    }

    private OwedCodec() {
    }

    static String encode(Owed owed) {
        JsonObject root = new JsonObject();
        owed.replaceable().ifPresent(id -> root.addProperty("e", id));
        JsonArray messages = new JsonArray();
        for (Outbound message : owed.replies()) {
            JsonObject m = new JsonObject();
            m.addProperty("t", message.text());
            if (message.presentation() != Outbound.Presentation.NONE) {
                m.addProperty("p", message.presentation().name());
            }
            if (message.replacing()) {
                m.addProperty("r", true);
            }
            if (!message.options().isEmpty()) {
                JsonArray rows = new JsonArray();
                for (List<Option> row : message.options()) {
                    JsonArray r = new JsonArray();
                    for (Option option : row) {
                        JsonObject o = new JsonObject();
                        o.addProperty("l", option.label());
                        o.addProperty("d", option.data());
                        if (option.kind() != Option.Kind.CHOICE) {
                            o.addProperty("k", option.kind().name());
                        }
                        r.add(o);
                    }
                    rows.add(r);
                }
                m.add("o", rows);
            }
            message.document().ifPresent(document -> {
                JsonObject d = new JsonObject();
                d.addProperty("n", document.name());
                d.addProperty("y", document.mediaType());
                d.addProperty("f", document.file().toString());
                m.add("f", d);
            });
            messages.add(m);
        }
        root.add("m", messages);
        return root.toString();
    }

    /** @throws IllegalArgumentException when the text is not an entry this codec wrote */
    static Owed decode(String text) {
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            OptionalInt replaceable = root.has("e") ? OptionalInt.of(root.get("e").getAsInt()) : OptionalInt.empty();
            List<Outbound> replies = new ArrayList<>();
            for (JsonElement element : root.getAsJsonArray("m")) {
                JsonObject m = element.getAsJsonObject();
                List<List<Option>> rows = new ArrayList<>();
                if (m.has("o")) {
                    for (JsonElement row : m.getAsJsonArray("o")) {
                        List<Option> options = new ArrayList<>();
                        for (JsonElement option : row.getAsJsonArray()) {
                            JsonObject o = option.getAsJsonObject();
                            options.add(new Option(o.get("l").getAsString(), o.get("d").getAsString(),
                                    o.has("k") ? Option.Kind.valueOf(o.get("k").getAsString()) : Option.Kind.CHOICE));
                        }
                        rows.add(options);
                    }
                }
                Optional<Document> document = Optional.empty();
                if (m.has("f")) {
                    JsonObject d = m.getAsJsonObject("f");
                    document = Optional.of(new Document(d.get("n").getAsString(), d.get("y").getAsString(),
                            Path.of(d.get("f").getAsString())));
                }
                replies.add(new Outbound(m.get("t").getAsString(), rows,
                        m.has("p") ? Outbound.Presentation.valueOf(m.get("p").getAsString())
                                : Outbound.Presentation.NONE,
                        m.has("r") && m.get("r").getAsBoolean(), document));
            }
            return new Owed(List.copyOf(replies), replaceable);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("not a journal entry of this channel", unreadable);
        }
    }
}
