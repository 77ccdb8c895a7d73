package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Checks the recorded arrival times of every message call (sends and edits, failed attempts included) against
 * the send limits. Arrival times carry a little network jitter, so each check allows a small slack.
 */
final class SendLimitsCheck {

    private static final long SLACK = TimeUnit.MILLISECONDS.toNanos(30);

    private SendLimitsCheck() {
    }

    static void assertRespected(List<Call> calls, Tuning.SendLimits limits) {
        List<Call> messages = calls.stream()
                .filter(c -> c.method().equals("sendMessage") || c.method().equals("editMessageText"))
                .filter(c -> c.params().containsKey("chat_id"))
                .sorted(java.util.Comparator.comparingLong(Call::nanos)).toList();
        Map<Long, List<Long>> byChat = messages.stream().collect(Collectors.groupingBy(Call::chat,
                Collectors.mapping(Call::nanos, Collectors.toList())));
        for (Map.Entry<Long, List<Long>> chat : byChat.entrySet()) {
            List<Long> times = chat.getValue();
            long interval = limits.perChatInterval().toNanos();
            for (int i = 0; i < times.size(); i++) {
                for (int j = i + 1; j < times.size(); j++) {
                    long allowed = limits.perChatBurst() + (times.get(j) - times.get(i) + SLACK) / interval;
                    assertThat((long) (j - i + 1)).as("messages to chat %d between two sends", chat.getKey())
                            .isLessThanOrEqualTo(allowed);
                }
            }
            if (chat.getKey() < 0) {
                window(times, limits.perGroup(), limits.groupWindow().toNanos(), "group " + chat.getKey());
            }
        }
        window(messages.stream().map(Call::nanos).toList(), limits.global(), limits.globalWindow().toNanos(),
                "all chats");
    }

    private static void window(List<Long> times, int limit, long window, String what) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        for (int i = 0; i + limit < sorted.size(); i++) {
            assertThat(sorted.get(i + limit) - sorted.get(i)).as("%d+1 messages to %s within the window", limit, what)
                    .isGreaterThanOrEqualTo(window - SLACK);
        }
    }
}
