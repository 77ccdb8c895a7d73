package com.repairbot.application.service;

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
 * A 60-s {@code retry_after} for the admin's chat once delayed another dispatcher's notification by 51 s, and a
 * hung call held every notification for its 20-s timeout: the relay sent one notification after another. Now
 * each recipient's notifications go out on their own, and a recipient still busy is left for a later round.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OneChatsLongWaitDelaysNobodyElsesNotificationTest {

    /** Sends at once, except to one chat, whose send hangs until released (a retry_after, a hung call). */
    private static final class OneChatHangs implements Messenger {
        final ChatId hanging;
        final CountDownLatch release = new CountDownLatch(1);
        final List<ChatId> sent = new CopyOnWriteArrayList<>();

        OneChatHangs(ChatId hanging) {
            this.hanging = hanging;
        }

        @Override
        public void send(ChatId chat, Outbound message) {
            if (chat.equals(hanging)) {
                try {
                    if (!release.await(10, TimeUnit.SECONDS)) {
                        throw new DeliveryException("timed out", false);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DeliveryException("interrupted", false);
                }
            }
            sent.add(chat);
        }
    }

    private final World world = new World();
    private final OneChatHangs messenger = new OneChatHangs(privateChat(ADMIN));
    private final NotificationRelay relay = new NotificationRelay(world.settings, world.outbox, world.requests,
            world.staff, new InMemoryCardPlacements(), messenger, world.clock,
            world.reachability(messenger));
    private final ExecutorService perChat = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        messenger.release.countDown();
        perChat.shutdownNow();
    }

    @Test
    void another_dispatchers_notification_goes_out_while_the_admins_chat_waits() throws Exception {
        world.newRequest(); // tells the admin and the other dispatcher

        assertThat(relay.deliverDue(10, perChat)).isEqualTo(2);

        await(() -> messenger.sent.contains(privateChat(OTHER_DISPATCHER)));
        assertThat(messenger.sent).doesNotContain(privateChat(ADMIN));

        // the next round does not send the admin's a second time, nor wait for it; it removes the one delivered
        assertThat(relay.deliverDue(10, perChat)).isZero();
        assertThat(world.outbox.size()).as("the admin's is still on its way").isEqualTo(1);

        messenger.release.countDown();
        await(relay::idle);
        assertThat(messenger.sent).containsExactly(privateChat(OTHER_DISPATCHER), privateChat(ADMIN));
        assertThat(world.outbox.size()).isZero();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
