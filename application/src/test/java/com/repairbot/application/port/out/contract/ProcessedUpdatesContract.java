package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.testing.Race;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
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

    // ---- the reply journal -------------------------------------------------------------------------------

    @Test
    void an_update_recorded_with_its_replies_is_processed_and_owes_them_exactly_as_written() {
        String replies = "{\"m\":[{\"t\":\"Заявка №17 создана\\n<b>\"}]} ✓";

        assertThat(updates.markProcessed(new OwedReplies(800, -100500, replies), T0)).isTrue();

        assertThat(updates.isProcessed(800)).isTrue();
        assertThat(updates.repliesOwed(10)).containsExactly(new OwedReplies(800, -100500, replies));
    }

    @Test
    void replies_sent_are_owed_no_more_and_the_update_stays_processed() {
        updates.markProcessed(new OwedReplies(801, 5, "a"), T0);
        updates.markProcessed(new OwedReplies(802, 5, "b"), T0);
        updates.markProcessed(new OwedReplies(803, 6, "c"), T0);

        updates.repliesSent(List.of(801L, 803L, 999L));

        assertThat(updates.repliesOwed(10)).containsExactly(new OwedReplies(802, 5, "b"));
        assertThat(updates.isProcessed(801)).isTrue();
        assertThat(updates.markProcessed(new OwedReplies(801, 5, "again"), T0)).isFalse();
        assertThat(updates.repliesOwed(10)).extracting(OwedReplies::updateId).containsExactly(802L);
    }

    @Test
    void a_repeated_update_keeps_the_replies_of_its_first_handling() {
        updates.markProcessed(new OwedReplies(810, 5, "first"), T0);

        assertThat(updates.markProcessed(new OwedReplies(810, 5, "second"), T0.plusSeconds(1))).isFalse();
        assertThat(updates.markProcessed(810, T0.plusSeconds(2))).isFalse();

        assertThat(updates.repliesOwed(10)).containsExactly(new OwedReplies(810, 5, "first"));
    }

    @Test
    void an_update_recorded_without_replies_owes_nothing() {
        updates.markProcessed(820, T0);

        assertThat(updates.repliesOwed(10)).isEmpty();
        assertThat(updates.markProcessed(new OwedReplies(820, 5, "late"), T0)).isFalse();
        assertThat(updates.repliesOwed(10)).isEmpty();
    }

    @Test
    void owed_replies_come_lowest_update_first_and_no_more_than_asked() {
        for (long id : new long[] {905, 901, 903, 902, 904}) {
            updates.markProcessed(new OwedReplies(id, id % 2, "r" + id), T0);
        }

        assertThat(updates.repliesOwed(3)).extracting(OwedReplies::updateId).containsExactly(901L, 902L, 903L);
        assertThat(updates.repliesOwed(100)).hasSize(5);
    }

    @Test
    void forgetting_old_updates_forgets_what_they_still_owed() {
        updates.markProcessed(new OwedReplies(830, 5, "old"), T0);
        updates.markProcessed(new OwedReplies(831, 5, "new"), T0.plusSeconds(3600));

        assertThat(updates.forgetBefore(T0.plusSeconds(60))).isEqualTo(1);

        assertThat(updates.repliesOwed(10)).extracting(OwedReplies::updateId).containsExactly(831L);
    }

    @Test
    void of_eight_threads_recording_the_same_update_with_replies_exactly_one_is_first_and_its_replies_kept() {
        List<Boolean> firsts = Race.run(8, thread -> updates.markProcessed(new OwedReplies(840, 5, "t" + thread), T0));

        assertThat(firsts).containsOnlyOnce(true);
        assertThat(updates.repliesOwed(10)).hasSize(1);
        String kept = updates.repliesOwed(10).getFirst().replies();
        assertThat(IntStream.range(0, 8).mapToObj(t -> "t" + t)).contains(kept);
    }
}
