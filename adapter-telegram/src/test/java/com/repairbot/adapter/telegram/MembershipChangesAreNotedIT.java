package com.repairbot.adapter.telegram;

import static com.repairbot.adapter.telegram.Staff.ADMIN;
import static com.repairbot.adapter.telegram.Staff.GROUP;
import static com.repairbot.adapter.telegram.Staff.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import com.repairbot.adapter.telegram.FakeBotApi.Fault;
import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.application.port.out.UnreachableMark.Reason;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 8, through a fake Bot API: after the bot was removed from a technician's group the card with its
 * buttons was lost without a line while the dispatcher was told "assigned", and a refused notification was tried
 * again with every later one. {@code my_chat_member} and a 403 now mark the chat, the admins are told, the refusal
 * is logged (no personal data) and counted, and nothing more is sent there until the chat is back.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MembershipChangesAreNotedIT {

    private static List<Call> sentTo(Harness h, long chat) {
        return h.api.calls("sendMessage").stream().filter(c -> c.chat() == chat).toList();
    }

    @Test
    void the_bot_removed_from_a_work_group_marks_it_tells_the_admin_and_no_card_is_sent_there() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            Staff.technician(h.core, TECHNICIAN, GROUP);
            h.core.relay().deliverDue(100); // whatever the binding sent, before the group is lost

            h.settle(h.api.enqueue(FakeBotApi.myChatMember(GROUP, TECHNICIAN, "member", "left")));

            assertThat(h.stores.unreachable().find(new ChatId(GROUP))).get().extracting(UnreachableMark::reason)
                    .isEqualTo(Reason.REMOVED);
            Call told = h.api.awaitCall("sendMessage", c -> c.chat() == ADMIN, Harness.WAIT);
            assertThat(told.param("text")).contains(Long.toString(GROUP)).contains(Long.toString(TECHNICIAN));
            assertThat(String.join("\n", h.logs.lines())).contains("the bot was removed from group " + GROUP);

            int sentBefore = sentTo(h, GROUP).size();
            RequestNumber number = Staff.assigned(h.core, TECHNICIAN);
            h.core.relay().deliverDue(100);

            assertThat(sentTo(h, GROUP)).as("no card to a group the bot is not in").hasSize(sentBefore);
            assertThat(h.core.relay().refusedForGood()).isEqualTo(1);
            assertThat(h.stores.outbox().size()).isZero();

            h.settle(h.api.enqueue(FakeBotApi.myChatMember(GROUP, TECHNICIAN, "left", "member")));
            assertThat(h.stores.unreachable().find(new ChatId(GROUP))).isEmpty();
            Staff.assigned(h.core, TECHNICIAN);
            h.core.relay().deliverDue(100);
            assertThat(sentTo(h, GROUP)).as("back in the group: its cards go there again").hasSize(sentBefore + 1);
            assertThat(number.value()).isPositive();
        }
    }

    /**
     * Defect: a 403 on a reply (the person blocked the bot right after writing) was only logged; the chat stayed
     * "reachable", so notifications kept going there until one of them was refused too.
     */
    @Test
    void a_reply_refused_with_403_marks_the_chat_as_blocked() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            h.api.refuse(ADMIN, new Fault.Error(403, 403, "Forbidden: bot was blocked by the user"));

            h.settle(h.api.enqueue(FakeBotApi.text(ADMIN, ADMIN, "/start")));

            FakeBotApi.await(Harness.WAIT, () -> h.stores.unreachable().find(new ChatId(ADMIN)).isPresent(),
                    "the chat to be marked");
            assertThat(h.stores.unreachable().find(new ChatId(ADMIN))).get().extracting(UnreachableMark::reason)
                    .isEqualTo(Reason.BLOCKED);
            assertThat(String.join("\n", h.logs.lines())).contains("chat " + ADMIN + " blocked the bot");
        }
    }

    @Test
    void a_403_from_a_work_group_is_logged_counted_marked_and_not_tried_again() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            Staff.technician(h.core, TECHNICIAN, GROUP);
            h.core.relay().deliverDue(100);
            h.api.refuse(GROUP, new Fault.Error(403, 403, "Forbidden: bot was kicked from the supergroup chat"));

            Staff.assigned(h.core, TECHNICIAN);
            h.core.relay().deliverDue(100);

            assertThat(h.stores.unreachable().find(new ChatId(GROUP))).isPresent();
            assertThat(String.join("\n", h.logs.lines())).contains("a notification to chat " + GROUP + " was refused for good");
            h.api.awaitCall("sendMessage", c -> c.chat() == ADMIN && c.param("text").contains(Long.toString(GROUP)),
                    Harness.WAIT);
            int triedBefore = h.api.calls("sendMessage").stream().filter(c -> c.chat() == GROUP).toList().size();

            Staff.assigned(h.core, TECHNICIAN);
            h.core.relay().deliverDue(100);

            assertThat(h.api.calls("sendMessage").stream().filter(c -> c.chat() == GROUP)).as("not tried again")
                    .hasSize(triedBefore);
            assertThat(h.core.relay().refusedForGood()).isEqualTo(2);
        }
    }

    @Test
    void a_person_who_blocks_the_bot_is_marked_and_writing_again_clears_it() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            Staff.technician(h.core, TECHNICIAN, GROUP);

            h.settle(h.api.enqueue(FakeBotApi.myChatMember(TECHNICIAN, TECHNICIAN, "member", "kicked")));

            assertThat(h.stores.unreachable().find(new ChatId(TECHNICIAN))).get()
                    .extracting(UnreachableMark::reason).isEqualTo(Reason.BLOCKED);
            assertThat(String.join("\n", h.logs.lines())).contains("chat " + TECHNICIAN + " blocked the bot");
            assertThat(h.api.calls("sendMessage")).as("nobody is told of a person")
                    .noneMatch(c -> c.chat() == ADMIN);

            h.say(TECHNICIAN, TECHNICIAN, "/my");

            assertThat(h.stores.unreachable().find(new ChatId(TECHNICIAN))).isEmpty();
        }
    }
}
