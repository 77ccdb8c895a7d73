package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dialog left half-way is still there, exactly, when the database is closed and opened again. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SqliteConversationStoreRestartIT {

    private static final Duration TTL = Duration.ofHours(24);
    private static final ConversationKey KEY = new ConversationKey(new ChatId(-1_001_234_567_890L), new UserId(42));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00.123456789Z"));

    @TempDir
    private Path folder;

    @Test
    void a_dialog_left_half_way_comes_back_after_a_restart_with_its_step_answers_and_version() {
        Conversation halfWay = conversation("CreateRequest:address",
                Map.of("equipment", "oven", "name", "Иванов Иван «Ваня» O'Brien", "phone", "+79991234567"), 2);
        try (SqliteDatabase database = open()) {
            ConversationStore store = store(database);
            store.save(KEY, conversation("CreateRequest:equipment", Map.of(), 1), 0);
            store.save(KEY, halfWay, 1);
        }
        clock.advance(Duration.ofHours(1));

        try (SqliteDatabase reopened = open()) {
            ConversationStore store = store(reopened);

            assertThat(store.load(KEY)).contains(halfWay);
            assertThat(store.save(KEY, conversation("CreateRequest:confirm", Map.of(), 2), 1)).isFalse();
            Conversation next = conversation("CreateRequest:confirm", Map.of("address", "ул. Ленина, 1"), 3);
            assertThat(store.save(KEY, next, 2)).isTrue();
            assertThat(store.load(KEY)).contains(next);
        }
    }

    @Test
    void a_dialog_that_expired_while_the_bot_was_down_is_gone_and_starts_afresh() {
        try (SqliteDatabase database = open()) {
            store(database).save(KEY, conversation("CreateRequest:name", Map.of("equipment", "tv"), 1), 0);
        }
        clock.advance(TTL.plusSeconds(1));

        try (SqliteDatabase reopened = open()) {
            ConversationStore store = store(reopened);

            assertThat(store.load(KEY)).isEmpty();
            Conversation fresh = conversation("CreateRequest:equipment", Map.of(), 1);
            assertThat(store.save(KEY, fresh, 0)).isTrue();
            assertThat(store.load(KEY)).contains(fresh);
            assertThat(answerRows(reopened)).as("answers of the expired dialog").isZero();
        }
    }

    @Test
    void a_deleted_dialog_leaves_no_answers_behind() {
        try (SqliteDatabase database = open()) {
            ConversationStore store = store(database);
            store.save(KEY, conversation("CreateRequest:name", Map.of("equipment", "tv", "notes", "x"), 1), 0);

            store.delete(KEY);

            assertThat(answerRows(database)).isZero();
        }
        try (SqliteDatabase reopened = open()) {
            assertThat(store(reopened).load(KEY)).isEmpty();
        }
    }

    private SqliteDatabase open() {
        return SqliteDatabase.open(folder.resolve("data").resolve("repair-bot.db"), 2);
    }

    private ConversationStore store(SqliteDatabase database) {
        return new SqliteConversationStore(database, clock, TTL);
    }

    private static int answerRows(SqliteDatabase database) {
        return database.read(handle -> handle.createQuery("SELECT count(*) FROM conversation_data")
                .mapTo(Integer.class).one());
    }

    private Conversation conversation(String step, Map<String, String> data, long version) {
        return new Conversation(step, data, version, clock.instant());
    }
}
