package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.repairbot.adapter.telegram.OwedCodec.Owed;
import com.repairbot.application.conversation.Document;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The journal's entries: written by hand (ADR 0037), read back whole, and the same JSON as Gson's tree wrote. */
class OwedCodecTest {

    private static final String AWKWARD = "Заявка #12: \"кавычки\", \\ слэш,\nстрока\r\tтаб \u0001 \u2028 \u2029 🔧 <b>&amp;</b> ='";

    private static final Owed EVERYTHING = new Owed(List.of(
            new Outbound(AWKWARD, List.of(
                    List.of(Option.choice("Да " + AWKWARD, "c:1:yes"), Option.choice("Нет", "c:1:no")),
                    List.of(new Option("Поделиться", "share", Option.Kind.values()[Option.Kind.values().length - 1]))),
                    Outbound.Presentation.values()[Outbound.Presentation.values().length - 1], true),
            Outbound.text("просто текст"),
            new Outbound("отчёт", List.of(), Outbound.Presentation.NONE, false,
                    Optional.of(new Document("отчёт \"май\".xlsx", "application/vnd.ms-excel",
                            Path.of("/tmp/отчёт 1.xlsx"))))),
            OptionalInt.of(4521));

    @Test
    void an_entry_written_by_hand_reads_back_as_it_was() {
        assertThat(OwedCodec.decode(OwedCodec.encode(EVERYTHING))).isEqualTo(EVERYTHING);
        Owed plain = new Owed(List.of(Outbound.text("a")), OptionalInt.empty());
        assertThat(OwedCodec.decode(OwedCodec.encode(plain))).isEqualTo(plain);
        Owed none = new Owed(List.of(), OptionalInt.empty());
        assertThat(OwedCodec.decode(OwedCodec.encode(none))).isEqualTo(none);
    }

    @Test
    void an_entry_written_by_hand_is_the_json_gson_wrote_before() {
        assertThat(JsonParser.parseString(OwedCodec.encode(EVERYTHING))).isEqualTo(gsonTree(EVERYTHING));
        Owed plain = new Owed(List.of(Outbound.text("a")), OptionalInt.empty());
        assertThat(JsonParser.parseString(OwedCodec.encode(plain))).isEqualTo(gsonTree(plain));
    }

    /** Defect found on the way: the journal kept an album's caption only, so an album owed at a crash lost its photos. */
    @Test
    void an_album_owed_at_a_crash_keeps_its_photos_and_a_question_its_typed_answer() {
        Owed album = new Owed(List.of(Outbound.album(List.of("AgAC-1", "AgAC-\"2\""), "Фото клиента"),
                Outbound.text("Опишите неисправность").expectingText()), OptionalInt.empty());

        Owed read = OwedCodec.decode(OwedCodec.encode(album));

        assertThat(read.replies().get(0).photos()).containsExactly("AgAC-1", "AgAC-\"2\"");
        assertThat(read.replies().get(1).expectsText()).isTrue();
        assertThat(read).isEqualTo(album);
    }

    @Test
    void an_entry_written_by_gson_before_is_still_read() {
        assertThat(OwedCodec.decode(gsonTree(EVERYTHING).toString())).isEqualTo(EVERYTHING);
    }

    /** How {@link OwedCodec} wrote an entry before ADR 0037: a Gson tree. */
    private static JsonObject gsonTree(Owed owed) {
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
        return root;
    }
}
