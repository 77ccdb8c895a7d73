package com.repairbot.adapter.telegram;

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
 * A document is journaled by its file, which stays until it was sent; an album by its photos' references
 * ({@code a}), a question asking for a typed answer by {@code x}.
 */
final class OwedCodec {

    /** Replies owed to a chat for one update. */
    record Owed(List<Outbound> replies, OptionalInt replaceable) {
    }

    private OwedCodec() {
    }

    /**
     * Writes the entry straight into a string (one per answered update, on the lanes: building a Gson tree and
     * writing it out was a twelfth of the lanes' own samples, ADR 0037); {@link #decode} reads it, and every entry
     * written before, with Gson's parser.
     */
    static String encode(Owed owed) {
        StringBuilder out = new StringBuilder(256).append('{');
        if (owed.replaceable().isPresent()) {
            out.append("\"e\":").append(owed.replaceable().getAsInt()).append(',');
        }
        out.append("\"m\":[");
        List<Outbound> replies = owed.replies();
        for (int i = 0; i < replies.size(); i++) {
            Outbound message = replies.get(i);
            if (i > 0) {
                out.append(',');
            }
            JsonBody.string(out.append("{\"t\":"), message.text());
            if (message.presentation() != Outbound.Presentation.NONE) {
                JsonBody.string(out.append(",\"p\":"), message.presentation().name());
            }
            if (message.replacing()) {
                out.append(",\"r\":true");
            }
            List<List<Option>> rows = message.options();
            if (!rows.isEmpty()) {
                out.append(",\"o\":[");
                for (int r = 0; r < rows.size(); r++) {
                    out.append(r == 0 ? "[" : ",[");
                    List<Option> row = rows.get(r);
                    for (int o = 0; o < row.size(); o++) {
                        Option option = row.get(o);
                        if (o > 0) {
                            out.append(',');
                        }
                        JsonBody.string(out.append("{\"l\":"), option.label());
                        JsonBody.string(out.append(",\"d\":"), option.data());
                        if (option.kind() != Option.Kind.CHOICE) {
                            JsonBody.string(out.append(",\"k\":"), option.kind().name());
                        }
                        out.append('}');
                    }
                    out.append(']');
                }
                out.append(']');
            }
            if (message.expectsText()) {
                out.append(",\"x\":true");
            }
            List<String> photos = message.photos();
            if (!photos.isEmpty()) {
                out.append(",\"a\":[");
                for (int p = 0; p < photos.size(); p++) {
                    JsonBody.string(p == 0 ? out : out.append(','), photos.get(p));
                }
                out.append(']');
            }
            if (message.document().isPresent()) {
                Document document = message.document().get();
                JsonBody.string(out.append(",\"f\":{\"n\":"), document.name());
                JsonBody.string(out.append(",\"y\":"), document.mediaType());
                JsonBody.string(out.append(",\"f\":"), document.file().toString()).append('}');
            }
            out.append('}');
        }
        return out.append("]}").toString();
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
                List<String> photos = new ArrayList<>();
                if (m.has("a")) {
                    for (JsonElement photo : m.getAsJsonArray("a")) {
                        photos.add(photo.getAsString());
                    }
                }
                replies.add(new Outbound(m.get("t").getAsString(), rows,
                        m.has("p") ? Outbound.Presentation.valueOf(m.get("p").getAsString())
                                : Outbound.Presentation.NONE,
                        m.has("r") && m.get("r").getAsBoolean(), document, m.has("x") && m.get("x").getAsBoolean(),
                        photos));
            }
            return new Owed(List.copyOf(replies), replaceable);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("not a journal entry of this channel", unreadable);
        }
    }
}
