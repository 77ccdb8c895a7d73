package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialogJsonTest {

    @Test
    void an_empty_map_is_an_empty_object() {
        assertThat(DialogJson.write(Map.of())).isEqualTo("{}");
        assertThat(DialogJson.read("{}")).isEmpty();
        assertThat(DialogJson.read(" \r\n\t{ \n } ")).isEmpty();
    }

    @Test
    void keys_are_written_in_order_and_text_as_it_is() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("name", "Иванов Иван 🔧");
        data.put("equipment", "oven");

        assertThat(DialogJson.write(data)).isEqualTo("{\"equipment\":\"oven\",\"name\":\"Иванов Иван 🔧\"}");
    }

    @Test
    void quotes_backslashes_and_control_characters_are_escaped() {
        assertThat(DialogJson.write(Map.of("k", "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029")))
                .isEqualTo("{\"k\":\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\\u007f\\u2028\\u2029\"}");
    }

    @Test
    void every_character_of_the_basic_plane_and_beyond_comes_back_exactly() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (!Character.isSurrogate((char) c)) {
                all.append((char) c);
            }
        }
        all.appendCodePoint(0x1F527).appendCodePoint(0x10FFFF).append("👨‍👩‍👧");
        Map<String, String> data = Map.of("all", all.toString(), all.toString(), "as a key");

        assertThat(DialogJson.read(DialogJson.write(data))).isEqualTo(data);
    }

    @Test
    void unpaired_surrogates_are_escaped_so_that_they_survive_utf_8() {
        Map<String, String> data = Map.of("high", "a\uD83D", "low", "\uDD27b", "reversed", "\uDD27\uD83D",
                "pair", "\uD83D\uDD27");

        String json = DialogJson.write(data);

        assertThat(json).contains("\"a\\ud83d\"", "\"\\udd27b\"", "\"\\udd27\\ud83d\"", "\"\uD83D\uDD27\"");
        assertThat(DialogJson.read(json)).isEqualTo(data);
    }

    @Test
    void any_valid_json_object_of_strings_is_read() {
        assertThat(DialogJson.read("{ \"a\" : \"1\" , \"b\":\"\\u0041\\u00e9\\uD83D\\uDD27\\/\" }"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "Aé🔧/"));
    }

    @Test
    void many_answers_round_trip() {
        Map<String, String> data = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            data.put("key " + i, "value \"" + i + "\"\n".repeat(i % 3));
        }

        assertThat(DialogJson.read(DialogJson.write(data))).isEqualTo(data);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "[]", "null", "\"text\"", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1}",
            "{\"a\":null}", "{\"a\":true}", "{\"a\":[\"x\"]}", "{\"a\":{\"b\":\"c\"}}", "{\"a\":\"b\",}",
            "{,\"a\":\"b\"}", "{\"a\":\"b\" \"c\":\"d\"}", "{\"a\":\"b\"} x", "{\"a\":\"b\"}{}", "{a:\"b\"}",
            "{'a':'b'}", "{\"a\":\"b", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12g4\"}",
            "{\"a\":\"\\", "{\"a\":\"line\nbreak\"}", "{\"a\":\"b\",\"a\":\"c\"}"})
    void anything_else_is_refused(String notOurs) {
        assertThatThrownBy(() -> DialogJson.read(notOurs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dialog data is not a JSON object of strings");
    }

    @Test
    void a_refusal_says_where_but_not_what() {
        assertThatThrownBy(() -> DialogJson.read("{\"phone\":+79991234567}"))
                .hasMessage("dialog data is not a JSON object of strings: '\"' expected at character 10")
                .hasMessageNotContaining("7999");
    }
}
