package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.testing.Race;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link ProcessedUpdates} must do. An adapter's test extends it and says how to make an empty one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class ProcessedUpdatesContract {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Duration HOLD = Duration.ofSeconds(30);
    private static final String A = "instance-a";
    private static final String B = "instance-b";

    private ProcessedUpdates updates;

    /** @return an empty store, a new one for each test */
    protected abstract ProcessedUpdates newStore();

    /**
     * @return a second store on the data of the last {@link #newStore()}, as another instance would open it (its
     *         own connections; the same object where there are none)
     */
    protected abstract ProcessedUpdates anotherOnTheSameData();

    /** Records the update with its replies, held by instance A for {@link #HOLD}. */
    private boolean owe(OwedReplies replies, Instant at) {
        return updates.markProcessed(replies, at, A, HOLD);
    }

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
    void the_highest_id_recorded_is_known_whichever_way_it_was_recorded_and_in_whatever_order() {
        assertThat(updates.highestRecorded()).isEmpty();

        updates.markProcessed(5, T0);
        assertThat(updates.highestRecorded()).hasValue(5);
        owe(new OwedReplies(9_000_000_001L, 7, "{\"m\":[]}"), T0.plusSeconds(1));
        updates.markProcessed(7, T0.plusSeconds(2));
        updates.markProcessed(600, T0.plusSeconds(3));

        assertThat(updates.highestRecorded()).hasValue(9_000_000_001L);
        assertThat(anotherOnTheSameData().highestRecorded()).hasValue(9_000_000_001L);
    }

    @Test
    void the_highest_id_recorded_is_of_what_is_remembered() {
        updates.markProcessed(3, T0.plusSeconds(3600));
        updates.markProcessed(80, T0);

        updates.forgetBefore(T0.plusSeconds(60));

        assertThat(updates.highestRecorded()).hasValue(3);
        updates.forgetBefore(T0.plusSeconds(7200));
        assertThat(updates.highestRecorded()).isEmpty();
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

        assertThat(owe(new OwedReplies(800, -100500, replies), T0)).isTrue();

        assertThat(updates.isProcessed(800)).isTrue();
        assertThat(updates.repliesOwed(10)).containsExactly(new OwedReplies(800, -100500, replies));
    }

    @Test
    void replies_sent_are_owed_no_more_and_the_update_stays_processed() {
        owe(new OwedReplies(801, 5, "a"), T0);
        owe(new OwedReplies(802, 5, "b"), T0);
        owe(new OwedReplies(803, 6, "c"), T0);

        updates.repliesSent(List.of(801L, 803L, 999L));

        assertThat(updates.repliesOwed(10)).containsExactly(new OwedReplies(802, 5, "b"));
        assertThat(updates.isProcessed(801)).isTrue();
        assertThat(owe(new OwedReplies(801, 5, "again"), T0)).isFalse();
        assertThat(updates.repliesOwed(10)).extracting(OwedReplies::updateId).containsExactly(802L);
    }

    @Test
    void a_repeated_update_keeps_the_replies_of_its_first_handling() {
        owe(new OwedReplies(810, 5, "first"), T0);

        assertThat(owe(new OwedReplies(810, 5, "second"), T0.plusSeconds(1))).isFalse();
        assertThat(updates.markProcessed(810, T0.plusSeconds(2))).isFalse();

        assertThat(updates.repliesOwed(10)).containsExactly(new OwedReplies(810, 5, "first"));
    }

    @Test
    void updates_recorded_together_are_each_processed_and_owe_their_own_replies() {
        owe(new OwedReplies(841, 5, "before"), T0);

        Set<Long> first = updates.markProcessed(List.of(new OwedReplies(842, 5, "b"), new OwedReplies(841, 5,
                "again"), new OwedReplies(843, -100500, "c")), T0.plusSeconds(1), A, HOLD);

        assertThat(first).as("the ids recorded now, not the one recorded before").containsExactlyInAnyOrder(842L,
                843L);
        assertThat(updates.isProcessed(842)).isTrue();
        assertThat(updates.isProcessed(843)).isTrue();
        assertThat(updates.repliesOwed(10)).containsExactly(new OwedReplies(841, 5, "before"),
                new OwedReplies(842, 5, "b"), new OwedReplies(843, -100500, "c"));
        assertThat(updates.claimOwed(B, T0.plusSeconds(2), 10, HOLD))
                .as("held by their owner, like one recorded alone").isEmpty();
    }

    @Test
    void an_update_given_twice_in_one_batch_is_recorded_once_with_its_first_replies() {
        Set<Long> first = updates.markProcessed(List.of(new OwedReplies(850, 5, "first"), new OwedReplies(850, 5,
                "second")), T0, A, HOLD);

        assertThat(first).containsExactly(850L);
        assertThat(updates.repliesOwed(10)).containsExactly(new OwedReplies(850, 5, "first"));
    }

    @Test
    void an_empty_batch_records_nothing() {
        assertThat(updates.markProcessed(List.of(), T0, A, HOLD)).isEmpty();
        assertThat(updates.highestRecorded()).isEmpty();
    }

    @Test
    void an_update_recorded_without_replies_owes_nothing() {
        updates.markProcessed(820, T0);

        assertThat(updates.repliesOwed(10)).isEmpty();
        assertThat(owe(new OwedReplies(820, 5, "late"), T0)).isFalse();
        assertThat(updates.repliesOwed(10)).isEmpty();
    }

    @Test
    void owed_replies_come_lowest_update_first_and_no_more_than_asked() {
        for (long id : new long[] {905, 901, 903, 902, 904}) {
            owe(new OwedReplies(id, id % 2, "r" + id), T0);
        }

        assertThat(updates.repliesOwed(3)).extracting(OwedReplies::updateId).containsExactly(901L, 902L, 903L);
        assertThat(updates.repliesOwed(100)).hasSize(5);
    }

    @Test
    void forgetting_old_updates_forgets_what_they_still_owed() {
        owe(new OwedReplies(830, 5, "old"), T0);
        owe(new OwedReplies(831, 5, "new"), T0.plusSeconds(3600));

        assertThat(updates.forgetBefore(T0.plusSeconds(60))).isEqualTo(1);

        assertThat(updates.repliesOwed(10)).extracting(OwedReplies::updateId).containsExactly(831L);
    }

    @Test
    void of_eight_threads_recording_the_same_update_with_replies_exactly_one_is_first_and_its_replies_kept() {
        List<Boolean> firsts = Race.run(8, thread -> owe(new OwedReplies(840, 5, "t" + thread), T0));

        assertThat(firsts).containsOnlyOnce(true);
        assertThat(updates.repliesOwed(10)).hasSize(1);
        String kept = updates.repliesOwed(10).getFirst().replies();
        assertThat(IntStream.range(0, 8).mapToObj(t -> "t" + t)).contains(kept);
    }

    // ---- owed replies held and claimed (ADR 0034) ----------------------------------------------------------------

    @Test
    void replies_recorded_by_an_instance_are_claimed_by_nobody_before_their_hold_has_passed() {
        owe(new OwedReplies(850, 5, "r"), T0);

        assertThat(updates.claimOwed(B, T0.plus(HOLD).minusSeconds(1), 10, HOLD)).as("the owner is sending them")
                .isEmpty();
        assertThat(updates.claimOwed(B, T0.plus(HOLD), 10, HOLD)).as("the owner died: its hold has passed")
                .containsExactly(new OwedReplies(850, 5, "r"));
        assertThat(updates.claimOwed(A, T0.plus(HOLD).plusSeconds(1), 10, HOLD)).as("held by the claimer now")
                .isEmpty();
        assertThat(updates.repliesOwed(10)).as("still owed until sent").extracting(OwedReplies::updateId)
                .containsExactly(850L);
    }

    @Test
    void a_claim_takes_the_lowest_updates_first_and_no_more_than_asked() {
        for (long id : new long[] {905, 901, 903, 902, 904}) {
            updates.markProcessed(new OwedReplies(id, 5, "r" + id), T0, A, Duration.ZERO);
        }

        assertThat(updates.claimOwed(B, T0, 3, HOLD)).extracting(OwedReplies::updateId)
                .containsExactly(901L, 902L, 903L);
        assertThat(updates.claimOwed(B, T0, 3, HOLD)).extracting(OwedReplies::updateId)
                .containsExactly(904L, 905L);
    }

    @Test
    void an_owner_that_renews_its_hold_keeps_its_replies_past_the_first_hold() {
        owe(new OwedReplies(851, 5, "r"), T0);

        assertThat(updates.holdOwed(A, List.of(851L, 999L), T0.plusSeconds(90))).isEqualTo(1);

        assertThat(updates.claimOwed(B, T0.plusSeconds(60), 10, HOLD)).isEmpty();
        assertThat(updates.claimOwed(B, T0.plusSeconds(90), 10, HOLD)).extracting(OwedReplies::updateId)
                .containsExactly(851L);
    }

    @Test
    void a_former_owner_cannot_renew_a_hold_that_another_instance_claimed() {
        owe(new OwedReplies(852, 5, "r"), T0);
        updates.claimOwed(B, T0.plus(HOLD), 10, HOLD);

        assertThat(updates.holdOwed(A, List.of(852L), T0.plusSeconds(600))).isZero();

        assertThat(updates.claimOwed("instance-c", T0.plus(HOLD).plus(HOLD), 10, HOLD))
                .as("B's hold, not A's late renewal, decides").extracting(OwedReplies::updateId)
                .containsExactly(852L);
    }

    @Test
    void replies_let_go_by_their_owner_are_claimable_at_once() {
        owe(new OwedReplies(853, 5, "r"), T0);

        assertThat(updates.holdOwed(A, List.of(853L), T0)).isEqualTo(1);

        assertThat(updates.claimOwed(B, T0, 10, HOLD)).extracting(OwedReplies::updateId).containsExactly(853L);
    }

    @Test
    void replies_sent_are_neither_claimed_nor_held() {
        owe(new OwedReplies(854, 5, "r"), T0);
        updates.repliesSent(List.of(854L));

        assertThat(updates.claimOwed(B, T0.plusSeconds(3600), 10, HOLD)).isEmpty();
        assertThat(updates.holdOwed(A, List.of(854L), T0.plusSeconds(60))).isZero();
    }

    @Test
    void two_stores_on_the_same_data_a_claim_held_by_one_is_not_taken_by_the_other_until_its_hold_passes() {
        ProcessedUpdates other = anotherOnTheSameData();
        owe(new OwedReplies(855, 5, "a"), T0);
        owe(new OwedReplies(856, 6, "b"), T0.plusSeconds(10));

        assertThat(other.claimOwed(B, T0.plusSeconds(20), 10, HOLD)).as("both held by A").isEmpty();
        assertThat(other.claimOwed(B, T0.plus(HOLD), 10, HOLD)).extracting(OwedReplies::updateId)
                .containsExactly(855L);
        assertThat(updates.holdOwed(A, List.of(855L, 856L), T0.plusSeconds(120))).as("855 is B's now")
                .isEqualTo(1);
        assertThat(updates.claimOwed(A, T0.plus(HOLD).plusSeconds(29), 10, HOLD)).as("855 held by B").isEmpty();
        assertThat(updates.claimOwed(A, T0.plus(HOLD).plus(HOLD), 10, HOLD)).extracting(OwedReplies::updateId)
                .containsExactly(855L);
        other.repliesSent(List.of(856L));
        assertThat(updates.repliesOwed(10)).extracting(OwedReplies::updateId).containsExactly(855L);
    }

    @Test
    void of_eight_instances_claiming_at_once_each_owed_update_goes_to_one() {
        for (long id = 1; id <= 40; id++) {
            updates.markProcessed(new OwedReplies(1000 + id, id, "r" + id), T0, A, Duration.ZERO);
        }

        List<List<OwedReplies>> claims = Race.run(8, thread -> updates.claimOwed("t" + thread, T0, 7, HOLD));

        List<Long> claimed = claims.stream().flatMap(List::stream).map(OwedReplies::updateId).toList();
        assertThat(claimed).as("none taken twice").doesNotHaveDuplicates();
        Set<Long> all = new HashSet<>(claimed);
        updates.claimOwed("late", T0, 100, HOLD).forEach(o -> all.add(o.updateId()));
        assertThat(all).as("and none lost").hasSize(40);
    }
}
