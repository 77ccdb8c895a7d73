package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.application.testing.Race;
import com.repairbot.domain.request.RequestNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link RequestNumbers} must do. An adapter's test extends it and says how to make a fresh one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class RequestNumbersContract {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 200;

    private RequestNumbers numbers;

    /** @return a store that has handed out no number yet, a new one for each test */
    protected abstract RequestNumbers newStore();

    @BeforeEach
    void startFromAFreshStore() {
        numbers = newStore();
    }

    @Test
    void a_fresh_store_hands_out_one_two_three_and_so_on() {
        List<Long> first = Stream.generate(numbers::next).limit(5).map(RequestNumber::value).toList();

        assertThat(first).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void each_number_is_greater_than_the_one_before() {
        List<Long> handedOut = Stream.generate(numbers::next).limit(100).map(RequestNumber::value).toList();

        assertThat(handedOut).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void eight_threads_drawing_two_hundred_numbers_each_get_distinct_numbers_without_gaps() {
        List<List<Long>> perThread = Race.run(THREADS, thread -> {
            List<Long> drawn = new ArrayList<>();
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
                drawn.add(numbers.next().value());
            }
            return drawn;
        });

        perThread.forEach(drawn -> assertThat(drawn).as("one thread's numbers").isSorted().doesNotHaveDuplicates());
        List<Long> all = perThread.stream().flatMap(List::stream).sorted(Comparator.naturalOrder()).toList();
        assertThat(all).containsExactlyElementsOf(
                LongStream.rangeClosed(1, (long) THREADS * CALLS_PER_THREAD).boxed().toList());
    }
}
