package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attack that once froze the bot for every staff member: strangers write in a group at a pace the flood
 * guard lets through, and a dispatcher writes in his own chat meanwhile. Replies to a group go out at 20 a
 * minute; when an update was confirmed only once its replies were sent, the polling offset stayed at the
 * oldest unanswered group update, Telegram served the same 100 held updates again and again, and the
 * dispatcher's update was not even fetched (answered after 47 s, then 222 s). Now an update is confirmed once
 * it and the replies it owes are journaled, and the replies wait their chat's turn alone; and a group nobody
 * bound is not answered at all. Telegram's real send limits are used here.
 */
class StrangersFloodingAGroupCannotStallTheBotIT {

    private static final long GROUP = -1001999888777L;
    private static final long STRANGER_ONE = 66601;
    private static final long STRANGER_TWO = 66602;
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(2);

    @Test
    void two_strangers_sending_start_in_a_group_at_2_5_per_second_each_do_not_delay_a_dispatchers_answers()
            throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Tuning.SendLimits.telegram()), Harness.generousLimiter())
                .polling()) {
            List<Long> waited = new ArrayList<>();
            long start = System.nanoTime();
            // 8 s of attack: two strangers, one /start each every 400 ms; the dispatcher writes every 2 s
            for (int tick = 0; tick < 40; tick++) {
                h.api.enqueue(FakeBotApi.text(GROUP, tick % 2 == 0 ? STRANGER_ONE : STRANGER_TWO, "/start"));
                if (tick % 10 == 4) {
                    waited.add(answerTime(h));
                }
                sleepUntil(start, Duration.ofMillis(200L * (tick + 1)));
            }
            waited.add(answerTime(h));

            assertThat(waited).hasSize(5).allSatisfy(nanos ->
                    assertThat(Duration.ofNanos(nanos)).isLessThanOrEqualTo(ANSWERED_WITHIN));
            assertThat(h.api.shown(GROUP)).as("nothing said where nobody asked the bot to speak").isEmpty();
            // the last answer may go out before the next getUpdates confirms its update: wait for that poll
            FakeBotApi.await(Duration.ofSeconds(10), () -> !h.api.hasUnconfirmedBeyond(h.channel.pollingOffset()),
                    "every update of the attack confirmed");
        }
    }

    @Test
    void a_group_whose_replies_queue_at_20_a_minute_does_not_hold_back_another_chat() throws Exception {
        IntakeIT.Recording app = new IntakeIT.Recording(); // answers everything, in groups too
        try (Harness h = Harness.start(Harness.tuning(Tuning.SendLimits.telegram()), Harness.generousLimiter(), app)
                .polling()) {
            long lastOfGroup = 0;
            // more than one getUpdates batch (100) of group updates, each owing a reply paced at 20 a minute
            for (int i = 0; i < 130; i++) {
                lastOfGroup = h.api.enqueue(FakeBotApi.text(GROUP, i % 2 == 0 ? STRANGER_ONE : STRANGER_TWO,
                        "/start " + i));
            }
            long fromGroupEnd = lastOfGroup;
            FakeBotApi.await(Duration.ofSeconds(10), () -> h.channel.pollingOffset() > fromGroupEnd,
                    "the group's updates confirmed while their replies wait");

            long asked = System.nanoTime();
            h.api.enqueue(FakeBotApi.text(Staff.DISPATCHER, Staff.DISPATCHER, "are you there?"));
            Call answer = h.api.awaitCall("sendMessage", c -> c.chat() == Staff.DISPATCHER, Duration.ofSeconds(10));

            assertThat(Duration.ofNanos(answer.nanos() - asked)).isLessThanOrEqualTo(ANSWERED_WITHIN);
            assertThat(h.api.shown(GROUP).size()).as("the group's replies are paced").isLessThan(130);
            assertThat(h.processed.repliesOwed(1000)).as("and owed durably meanwhile").isNotEmpty();
        }
    }

    /** The dispatcher writes; @return how long until the bot's reply reached Telegram */
    private static long answerTime(Harness h) {
        long asked = System.nanoTime();
        h.api.enqueue(FakeBotApi.text(Staff.DISPATCHER, Staff.DISPATCHER, "/start"));
        Call reply = h.api.awaitCall("sendMessage", c -> c.chat() == Staff.DISPATCHER && c.nanos() > asked,
                Duration.ofSeconds(30));
        return reply.nanos() - asked;
    }

    private static void sleepUntil(long start, Duration at) throws InterruptedException {
        long left = start + at.toNanos() - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }
}
