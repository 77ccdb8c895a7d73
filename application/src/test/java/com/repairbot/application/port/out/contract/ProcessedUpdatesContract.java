package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.testing.Race;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link ProcessedUpdates} must do. An adapter's test extends it and says how to make an empty one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class ProcessedUpdatesContract {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private ProcessedUpdates updates;

    /** @return an empty store, a new one for each test */
    protected abstract ProcessedUpdates newStore();

    @BeforeEach
    void startFromAnEmptyStore() {
        updates = newStore();
    }

    @Test
    void an_update_is_new_the_first_time_and_a_duplicate_after() {
        assertThat(updates.isProcessed(700)).isFalse();

        assertThat(updates.markProcessed(700, T0)).isTrue();
        assertThat(updates.markProcessed(700, T0.plusSeconds(5))).isFalse();
        assertThat(updates.isProcessed(700)).isTrue();
        assertThat(updates.isProcessed(701)).isFalse();
    }

    @Test
    void old_updates_are_forgotten_and_recent_ones_kept() {
        updates.markProcessed(1, T0);
        updates.markProcessed(2, T0.plusSeconds(3600));

        assertThat(updates.forgetBefore(T0.plusSeconds(60))).isEqualTo(1);

        assertThat(updates.isProcessed(1)).isFalse();
        assertThat(updates.isProcessed(2)).isTrue();
        assertThat(updates.markProcessed(1, T0.plusSeconds(7200))).isTrue();
    }

    @Test
    void of_eight_threads_recording_the_same_update_exactly_one_is_first() {
        List<Boolean> firsts = Race.run(8, thread -> updates.markProcessed(42, T0));

        assertThat(firsts).containsOnlyOnce(true);
    }

    @Test
    void large_ids_are_kept_apart() {
        assertThat(updates.markProcessed(Long.MAX_VALUE, T0)).isTrue();
        assertThat(updates.markProcessed(Long.MAX_VALUE - 1, T0)).isTrue();
        assertThat(updates.isProcessed(Long.MAX_VALUE)).isTrue();
    }
}
