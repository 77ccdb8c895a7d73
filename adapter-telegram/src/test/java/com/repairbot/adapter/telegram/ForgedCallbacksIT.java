package com.repairbot.adapter.telegram;

import static com.repairbot.adapter.telegram.Staff.DISPATCHER;
import static com.repairbot.adapter.telegram.Staff.GROUP;
import static com.repairbot.adapter.telegram.Staff.OTHER_GROUP;
import static com.repairbot.adapter.telegram.Staff.OTHER_TECHNICIAN;
import static com.repairbot.adapter.telegram.Staff.STRANGER;
import static com.repairbot.adapter.telegram.Staff.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A button payload is only a reference: pressing a button made up, someone else's, or one whose moment has
 * passed changes nothing, is answered, and gets a polite reply (never the "something went wrong" text).
 */
class ForgedCallbacksIT {

    private static final String OOPS = "Что-то пошло не так";

    @Test
    void forged_and_stale_buttons_change_nothing_and_are_answered_politely() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            Staff.technician(h.core, TECHNICIAN, GROUP);
            Staff.technician(h.core, OTHER_TECHNICIAN, OTHER_GROUP);
            RequestNumber mine = Staff.assigned(h.core, TECHNICIAN);
            RequestNumber theirs = Staff.assigned(h.core, OTHER_TECHNICIAN);
            RequestNumber fresh = Staff.request(h.core);

            // another request's id on a button of my card
            h.press(GROUP, TECHNICIAN, 10, "r:" + theirs.value() + ":accept");
            assertUnchanged(h, theirs, Status.ASSIGNED);
            h.press(GROUP, TECHNICIAN, 10, "r:" + fresh.value() + ":onsite");
            assertUnchanged(h, fresh, Status.NEW);
            // another user's button: a stranger and the dispatcher press the technician's Accept
            h.press(GROUP, STRANGER, 10, "r:" + mine.value() + ":accept");
            // a stranger is a client now (CLIENTS on by default): a staff button is nothing to them, said as such
            assertThat(h.lastText(GROUP)).contains("кнопка устарела");
            h.press(GROUP, DISPATCHER, 10, "r:" + mine.value() + ":accept");
            assertUnchanged(h, mine, Status.ASSIGNED);
            // nonsense
            h.press(GROUP, TECHNICIAN, 10, "r:99999:accept");
            h.press(GROUP, TECHNICIAN, 10, "zz:top");
            h.press(GROUP, TECHNICIAN, 10, "r:" + mine.value() + ":delete_everything");
            assertUnchanged(h, mine, Status.ASSIGNED);

            // the real press works; then the same button again, and one from a status that moved on
            h.press(GROUP, TECHNICIAN, 10, "r:" + mine.value() + ":accept");
            assertThat(status(h, mine)).isEqualTo(Status.ACCEPTED);
            int history = h.stores.requests().history(mine).size();
            int before = h.api.shown(GROUP).size();
            h.press(GROUP, TECHNICIAN, 10, "r:" + mine.value() + ":accept");
            assertThat(h.textsSince(GROUP, before)).anyMatch(t -> t.contains("уже в статусе"));
            h.press(GROUP, TECHNICIAN, 10, "r:" + mine.value() + ":unassign");
            h.press(GROUP, TECHNICIAN, 10, "r:" + mine.value() + ":reopen");
            assertThat(status(h, mine)).isEqualTo(Status.ACCEPTED);
            assertThat(h.stores.requests().history(mine)).hasSize(history);

            List<String> replies = h.textsSince(GROUP, 0);
            assertThat(replies).isNotEmpty().noneMatch(t -> t.contains(OOPS));
            assertThat(h.textsSince(TECHNICIAN, 0)).noneMatch(t -> t.contains(OOPS));
            EndToEndIT.assertEveryPressAnswered(h);
            h.assertLogsClean("79990000001", "Иванов", "Ленина");
        }
    }

    private static Status status(Harness h, RequestNumber number) {
        return h.stores.requests().find(number).map(RepairRequest::status).orElseThrow();
    }

    private static void assertUnchanged(Harness h, RequestNumber number, Status expected) {
        assertThat(status(h, number)).isEqualTo(expected);
    }
}
