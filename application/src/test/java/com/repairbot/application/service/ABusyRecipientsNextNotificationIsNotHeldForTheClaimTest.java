package com.repairbot.application.service;

import static com.repairbot.application.service.World.await;
import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.OTHER_DISPATCHER;
import static com.repairbot.application.service.World.privateChat;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryCardPlacements;
import com.repairbot.application.port.out.DeliveryException;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.domain.staff.ChatId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Under a burst the relay claimed a round's notifications and skipped those of a recipient still busy with
 * earlier ones: claimed, they were held for the claim's two minutes, so a recipient with several notifications
 * got one per two minutes. Now a busy recipient's new notifications join its line and follow at the channel's
 * pace, in order; and no more are claimed than the limit while earlier ones are still on their way.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ABusyRecipientsNextNotificationIsNotHeldForTheClaimTest {

    /** Sends at once, except that the admin's first send hangs until released. */
    private static final class AdminsFirstSendHangs implements Messenger {
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(ChatId chat, Outbound message) {
            if (chat.equals(privateChat(ADMIN)) && sent.stream().noneMatch(s -> s.startsWith(chat + " "))) {
                try {
                    if (!release.await(10, TimeUnit.SECONDS)) {
                        throw new DeliveryException("timed out", false);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DeliveryException("interrupted", false);
                }
            }
            sent.add(chat + " " + message.text());
        }

        long to(ChatId chat) {
            return sent.stream().filter(s -> s.startsWith(chat + " ")).count();
        }
    }

    private final World world = new World();
    private final AdminsFirstSendHangs messenger = new AdminsFirstSendHangs();
    private final NotificationRelay relay = new NotificationRelay(world.settings, world.outbox, world.requests,
            world.staff, new InMemoryCardPlacements(), messenger, world.clock, world.reachability(messenger));
    private final ExecutorService perChat = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        messenger.release.countDown();
        perChat.shutdownNow();
    }

    @Test
    void a_second_notification_for_a_busy_recipient_follows_the_first_without_waiting_out_the_claim()
            throws Exception {
        world.newRequest(); // the admin and the other dispatcher are told
        assertThat(relay.deliverDue(10, perChat)).isEqualTo(2);
        await(() -> messenger.to(privateChat(OTHER_DISPATCHER)) == 1);

        world.newRequest(); // again, while the admin's first send hangs
        assertThat(relay.deliverDue(10, perChat)).as("both claimed and handed out").isEqualTo(2);
        await(() -> messenger.to(privateChat(OTHER_DISPATCHER)) == 2);
        assertThat(messenger.to(privateChat(ADMIN))).isZero();

        messenger.release.countDown();
        // no further round and no clock moved past the claim's hold: the admin's line goes on by itself
        await(relay::idle);
        assertThat(messenger.to(privateChat(ADMIN))).isEqualTo(2);
        assertThat(world.outbox.size()).isZero();
    }

    @Test
    void no_more_are_claimed_than_the_limit_while_earlier_ones_are_on_their_way() throws Exception {
        world.newRequest();
        assertThat(relay.deliverDue(2, perChat)).isEqualTo(2);
        // the relay's count, not the messenger's: a send is counted off just after it returns (a fresh-clone build
        // at load 8 asked for the next round in between and found no room)
        await(() -> messenger.to(privateChat(OTHER_DISPATCHER)) == 1 && relay.onTheirWay() == 1);

        world.newRequest();
        assertThat(relay.deliverDue(2, perChat)).as("one is still on its way: room for one").isEqualTo(1);
        assertThat(world.outbox.size()).as("sent ones are gone; the rest wait in the outbox").isEqualTo(3);

        messenger.release.countDown();
        await(relay::idle);
        assertThat(relay.deliverDue(2, perChat)).as("the one left, unclaimed, goes in the next round").isEqualTo(1);
        await(() -> world.outbox.size() == 0 && relay.idle());
    }

}
