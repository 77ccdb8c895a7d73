package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.application.testing.Race;
import com.repairbot.domain.request.RequestNumber;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeys} must do. An adapter's test extends it and says how to make an empty one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class IdempotencyKeysContract {

    private static final String KEY = "create:-100123:42:5f0c9a7e-1d2b-4c3a-9e8f-0a1b2c3d4e5f";

    private IdempotencyKeys keys;

    /** @return an empty store, a new one for each test */
    protected abstract IdempotencyKeys newStore();

    @BeforeEach
    void startFromAnEmptyStore() {
        keys = newStore();
    }

    @Test
    void an_unknown_key_finds_nothing() {
        assertThat(keys.find(KEY)).isEmpty();
    }

    @Test
    void a_remembered_key_finds_its_request() {
        keys.remember(KEY, new RequestNumber(7));

        assertThat(keys.find(KEY)).contains(new RequestNumber(7));
    }

    @Test
    void remembering_a_taken_key_is_refused_and_keeps_the_first_request() {
        keys.remember(KEY, new RequestNumber(7));

        assertThatThrownBy(() -> keys.remember(KEY, new RequestNumber(8))).isInstanceOf(IllegalStateException.class);
        assertThat(keys.find(KEY)).contains(new RequestNumber(7));
    }

    @Test
    void remembering_a_taken_key_is_refused_even_for_the_same_request() {
        keys.remember(KEY, new RequestNumber(7));

        assertThatThrownBy(() -> keys.remember(KEY, new RequestNumber(7))).isInstanceOf(IllegalStateException.class);
        assertThat(keys.find(KEY)).contains(new RequestNumber(7));
    }

    @Test
    void different_keys_are_remembered_apart() {
        keys.remember("a", new RequestNumber(1));
        keys.remember("A", new RequestNumber(2));
        keys.remember("a ", new RequestNumber(3));

        assertThat(keys.find("a")).contains(new RequestNumber(1));
        assertThat(keys.find("A")).contains(new RequestNumber(2));
        assertThat(keys.find("a ")).contains(new RequestNumber(3));
        assertThat(keys.find("b")).isEmpty();
    }

    @Test
    void a_key_that_looks_like_sql_or_unicode_is_just_a_key() {
        String tricky = "'; DROP TABLE idempotency_keys; -- «ключ» 🔑 %_";
        keys.remember(tricky, new RequestNumber(5));

        assertThat(keys.find(tricky)).contains(new RequestNumber(5));
        assertThat(keys.find("'")).isEmpty();
    }

    @Test
    void of_eight_threads_remembering_the_same_key_exactly_one_wins() {
        List<Long> won = Race.run(8, i -> {
            try {
                keys.remember(KEY, new RequestNumber(100 + i));
                return 100L + i;
            } catch (IllegalStateException taken) {
                return 0L;
            }
        });

        List<Long> winners = won.stream().filter(n -> n != 0).toList();
        assertThat(winners).hasSize(1);
        assertThat(keys.find(KEY)).contains(new RequestNumber(winners.getFirst()));
    }
}
