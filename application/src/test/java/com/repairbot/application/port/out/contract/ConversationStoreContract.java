package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.Race;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationStore} must do. An adapter's test extends it and says how to make an
 * empty store on a given clock and TTL; a store whose TTL runs on its own clock (Redis) also overrides
 * {@link #letTimePass} to wait for real.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class ConversationStoreContract {

    /** Long enough that nothing expires during a test that is not about expiry. */
    private static final Duration DAY = Duration.ofHours(24);
    /** Short, so that a store on a real clock can be tested for expiry in seconds. */
    private static final Duration TTL = Duration.ofSeconds(3);

    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    private static final ConversationKey KEY = new ConversationKey(new ChatId(42), new UserId(42));

    private final MutableClock clock = new MutableClock(START);

    /**
     * @param clock the time the store reads for expiry
     * @param ttl   how long an untouched dialog is kept
     * @return an empty store, a new one for each test
     */
    protected abstract ConversationStore newStore(Clock clock, Duration ttl);

    /**
     * Lets time pass for the store. Moves the clock; a store that expires entries on its own clock
     * overrides this to wait as well.
     */
    protected void letTimePass(MutableClock mutableClock, Duration duration) {
        mutableClock.advance(duration);
    }

    @Test
    void a_user_without_a_dialog_loads_nothing() {
        assertThat(newStore(clock, DAY).load(KEY)).isEmpty();
    }

    @Test
    void saving_with_expected_version_zero_starts_a_dialog() {
        ConversationStore store = newStore(clock, DAY);
        Conversation started = conversation("CreateRequest:equipment", Map.of(), 1);

        assertThat(store.save(KEY, started, 0)).isTrue();
        assertThat(store.load(KEY)).contains(started);
    }

    @Test
    void saving_with_expected_version_zero_fails_when_a_dialog_exists() {
        ConversationStore store = newStore(clock, DAY);
        Conversation first = conversation("CreateRequest:equipment", Map.of(), 1);
        store.save(KEY, first, 0);

        assertThat(store.save(KEY, conversation("AddTechnician:id", Map.of(), 1), 0)).isFalse();
        assertThat(store.load(KEY)).contains(first);
    }

    @Test
    void saving_with_the_current_version_moves_the_dialog_on() {
        ConversationStore store = newStore(clock, DAY);
        store.save(KEY, conversation("CreateRequest:equipment", Map.of(), 1), 0);
        Conversation next = conversation("CreateRequest:description", Map.of("equipment", "oven"), 2);

        assertThat(store.save(KEY, next, 1)).isTrue();
        assertThat(store.load(KEY)).contains(next);
    }

    @Test
    void saving_with_a_stale_version_fails_and_keeps_the_newer_dialog() {
        ConversationStore store = newStore(clock, DAY);
        store.save(KEY, conversation("CreateRequest:equipment", Map.of(), 1), 0);
        Conversation newer = conversation("CreateRequest:description", Map.of("equipment", "oven"), 2);
        store.save(KEY, newer, 1);

        boolean saved = store.save(KEY, conversation("CreateRequest:description", Map.of("equipment", "tv"), 2), 1);

        assertThat(saved).isFalse();
        assertThat(store.load(KEY)).contains(newer);
    }

    @Test
    void saving_with_a_version_from_the_future_fails() {
        ConversationStore store = newStore(clock, DAY);
        Conversation first = conversation("CreateRequest:equipment", Map.of(), 1);
        store.save(KEY, first, 0);

        assertThat(store.save(KEY, conversation("CreateRequest:name", Map.of(), 6), 5)).isFalse();
        assertThat(store.load(KEY)).contains(first);
    }

    @Test
    void a_deleted_dialog_is_gone_and_can_be_started_again() {
        ConversationStore store = newStore(clock, DAY);
        store.save(KEY, conversation("CreateRequest:equipment", Map.of("k", "v"), 1), 0);

        store.delete(KEY);

        assertThat(store.load(KEY)).isEmpty();
        Conversation again = conversation("CreateRequest:equipment", Map.of(), 1);
        assertThat(store.save(KEY, again, 0)).isTrue();
        assertThat(store.load(KEY)).contains(again);
    }

    @Test
    void deleting_a_dialog_that_does_not_exist_changes_nothing() {
        ConversationStore store = newStore(clock, DAY);
        ConversationKey other = new ConversationKey(new ChatId(7), new UserId(7));
        Conversation kept = conversation("CreateRequest:equipment", Map.of(), 1);
        store.save(other, kept, 0);

        store.delete(KEY);
        store.delete(KEY);

        assertThat(store.load(KEY)).isEmpty();
        assertThat(store.load(other)).contains(kept);
    }

    @Test
    void dialogs_of_different_users_and_chats_are_kept_apart() {
        ConversationStore store = newStore(clock, DAY);
        ConversationKey inGroup = new ConversationKey(new ChatId(-1_001_234_567_890L), new UserId(42));
        ConversationKey otherUser = new ConversationKey(new ChatId(42), new UserId(43));
        Conversation mine = conversation("CreateRequest:name", Map.of("who", "private"), 1);
        Conversation group = conversation("Complete:total", Map.of("who", "group"), 1);
        Conversation theirs = conversation("AddTechnician:phone", Map.of("who", "other"), 1);

        store.save(KEY, mine, 0);
        store.save(inGroup, group, 0);
        store.save(otherUser, theirs, 0);
        store.delete(inGroup);

        assertThat(store.load(KEY)).contains(mine);
        assertThat(store.load(inGroup)).isEmpty();
        assertThat(store.load(otherUser)).contains(theirs);
    }

    @Test
    void the_engines_internal_entries_are_kept_with_the_answers_exactly() {
        // the dialog keeps bookkeeping beside the answers (the last delivery it took, an idempotency key):
        // a store that dropped or rewrote one would let a re-delivered update be read twice (ADR 0017)
        ConversationStore store = newStore(clock, DAY);
        store.save(KEY, conversation("CreateRequest:equipment", Map.of("_delivery", "900719925474099"), 1), 0);
        Map<String, String> data = Map.of("_delivery", "9007199254740993", "_key", "3f0c-κλειδί",
                "name", "Иванов \"Иван\"\n", "address", "");
        Conversation next = conversation("CreateRequest:address", data, 2);

        assertThat(store.save(KEY, next, 1)).isTrue();

        assertThat(store.load(KEY)).contains(next);
        assertThat(store.load(KEY).orElseThrow().data()).containsEntry("_delivery", "9007199254740993");
    }

    @Test
    void a_dialog_untouched_for_longer_than_the_ttl_expires() {
        ConversationStore store = newStore(clock, TTL);
        store.save(KEY, conversation("CreateRequest:description", Map.of("equipment", "oven"), 1), 0);

        letTimePass(clock, TTL.plusSeconds(1));

        assertThat(store.load(KEY)).isEmpty();
    }

    @Test
    void a_dialog_touched_within_the_ttl_is_kept() {
        ConversationStore store = newStore(clock, TTL);
        Conversation started = conversation("CreateRequest:description", Map.of("equipment", "oven"), 1);
        store.save(KEY, started, 0);

        letTimePass(clock, TTL.minusSeconds(2));

        assertThat(store.load(KEY)).contains(started);
    }

    @Test
    void each_save_starts_the_ttl_again() {
        ConversationStore store = newStore(clock, TTL);
        store.save(KEY, conversation("CreateRequest:equipment", Map.of(), 1), 0);
        letTimePass(clock, TTL.minusSeconds(1));
        Conversation next = conversation("CreateRequest:description", Map.of("equipment", "oven"), 2);
        store.save(KEY, next, 1);

        letTimePass(clock, TTL.minusSeconds(1));

        assertThat(store.load(KEY)).contains(next);
    }

    @Test
    void after_expiry_a_dialog_starts_afresh_with_expected_version_zero() {
        ConversationStore store = newStore(clock, TTL);
        store.save(KEY, conversation("CreateRequest:equipment", Map.of(), 1), 0);
        store.save(KEY, conversation("CreateRequest:name", Map.of("name", "Иван"), 2), 1);
        letTimePass(clock, TTL.plusSeconds(1));
        Conversation fresh = conversation("CreateRequest:equipment", Map.of(), 1);

        assertThat(store.save(KEY, fresh, 0)).isTrue();
        assertThat(store.load(KEY)).contains(fresh);
    }

    @Test
    void answers_come_back_exactly_as_they_were_saved() {
        ConversationStore store = newStore(clock, DAY);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("name", "Иванов Иван «Ваня» O'Brien");
        answers.put("quotes", "\"double\" 'single' `back` \\backslash\\ \\\"escaped\\\"");
        answers.put("lines", "первая строка\nвторая строка\r\n\tс табуляцией\n");
        answers.put("json", "{\"equipment\":\"oven\",\"list\":[1,2,{\"k\":null}],\"u\":\"\\u0041\"}");
        answers.put("emoji", "🔧 Семья 👨‍👩‍👧 ❤️ 中文 العربية ß");
        answers.put("sql", "'; DROP TABLE conversations; --");
        answers.put("empty", "");
        answers.put("blank", "   ");
        answers.put("number_like", "007");
        answers.put("boolean_like", "true");
        answers.put("null_like", "null");
        answers.put("key with spaces, \"quotes\" & :colons:", "value");
        answers.put("long", "Ж".repeat(5000));
        Conversation saved = conversation("CreateRequest:confirm", answers, 1);

        store.save(KEY, saved, 0);

        assertThat(store.load(KEY)).contains(saved);
        assertThat(store.load(KEY).orElseThrow().data()).containsExactlyInAnyOrderEntriesOf(answers);
    }

    @Test
    void a_step_id_with_any_characters_comes_back_exactly() {
        ConversationStore store = newStore(clock, DAY);
        Conversation saved = conversation("Flow:step:with:colons 'and' \"quotes\" «ёлка» 🔧", Map.of(), 1);

        store.save(KEY, saved, 0);

        assertThat(store.load(KEY)).contains(saved);
    }

    @Test
    void of_eight_concurrent_saves_from_the_same_version_exactly_one_wins() {
        ConversationStore store = newStore(clock, DAY);
        store.save(KEY, conversation("CreateRequest:equipment", Map.of(), 1), 0);
        List<Conversation> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(conversation("CreateRequest:description", Map.of("writer", Integer.toString(i)), 2));
        }

        List<Boolean> saved = Race.run(attempts.size(), i -> store.save(KEY, attempts.get(i), 1));

        assertThat(saved).containsOnlyOnce(true);
        assertThat(store.load(KEY)).contains(attempts.get(saved.indexOf(true)));
    }

    @Test
    void a_load_never_shows_a_new_step_with_old_answers() {
        ConversationStore store = newStore(clock, DAY);
        int saves = 300;
        AtomicBoolean writing = new AtomicBoolean(true);

        List<List<String>> mismatches = Race.run(4, thread -> {
            List<String> seen = new ArrayList<>();
            if (thread == 0) {
                for (int v = 1; v <= saves; v++) {
                    store.save(KEY, step(v), v - 1);
                }
                writing.set(false);
                return seen;
            }
            while (writing.get()) {
                store.load(KEY).filter(c -> !c.equals(step(c.version()))).ifPresent(c -> seen.add(c.toString()));
            }
            return seen;
        });

        assertThat(mismatches).allSatisfy(seen -> assertThat(seen).isEmpty());
        assertThat(store.load(KEY)).contains(step(saves));
    }

    /** Version v shows step v with answers written at step v only. */
    private static Conversation step(long version) {
        String n = Long.toString(version);
        return new Conversation("Flow:step" + n, Map.of("step", n, "answer", "answer " + n), version, START);
    }

    private Conversation conversation(String step, Map<String, String> data, long version) {
        return new Conversation(step, data, version, clock.instant());
    }
}
