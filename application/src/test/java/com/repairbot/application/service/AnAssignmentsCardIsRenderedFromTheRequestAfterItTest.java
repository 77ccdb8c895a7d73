package com.repairbot.application.service;

import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.memory.InMemoryCardPlacements;
import com.repairbot.application.port.in.MoveRequestCommand;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.testing.ForwardingOutbox;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.domain.request.RequestNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The relay reads a request once a round for all its notifications (issue 19). A line of an earlier round that read
 * the request between a round's start and its claim left a read older than the assignment whose card the claim
 * took: the technician's work group got "↩ Заявка #N больше не у этого мастера" with no buttons instead of the new
 * card, and the request was never accepted (found by SeveralInstancesIT). A read is now kept only from after the
 * claim.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnAssignmentsCardIsRenderedFromTheRequestAfterItTest {

    private final World world = new World();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final Messenger messenger = (chat, message) -> sent.add(chat.value() + " " + message.text());
    private final ArrayDeque<Runnable> lines = new ArrayDeque<>();
    private final Executor manual = lines::add;
    private Runnable beforeTheClaim = () -> { };
    private final NotificationRelay relay = new NotificationRelay(world.settings, new ClaimHook(world.outbox),
            world.requests, world.staff, new InMemoryCardPlacements(), messenger, world.clock,
            world.reachability(messenger));

    @Test
    void a_read_made_by_an_earlier_rounds_line_before_the_claim_does_not_render_the_assignments_card() {
        RequestNumber number = world.newRequest(); // the admin and the other dispatcher are told
        assertThat(relay.deliverDue(10, manual)).isEqualTo(2); // their lines wait
        beforeTheClaim = () -> {
            runLines(); // the earlier round's lines read #1 now: new, nobody's
            world.lifecycle.move(new MoveRequestCommand(DISPATCHER, number, "assign",
                    new MoveRequestCommand.Data.Technician(TECHNICIAN)));
        };

        relay.deliverDue(10, manual);
        beforeTheClaim = () -> { };
        runLines();

        List<String> group = sent.stream().filter(s -> s.startsWith(TECHNICIAN_GROUP.value() + " ")).toList();
        assertThat(group).singleElement().satisfies(card -> assertThat(card)
                .doesNotContain("больше не у этого мастера").contains("#" + number.value()));
    }

    private void runLines() {
        for (Runnable line; (line = lines.poll()) != null; ) {
            line.run();
        }
    }

    /** The world's outbox; something happens just before each claim (another thread, another instance). */
    private final class ClaimHook extends ForwardingOutbox {

        private ClaimHook(Outbox inner) {
            super(inner);
        }

        @Override
        public List<PendingNotification> claim(Instant now, int limit, Duration hold) {
            beforeTheClaim.run();
            return super.claim(now, limit, hold);
        }
    }
}
