package com.repairbot.application.service;

import static com.repairbot.application.service.World.await;
import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.privateChat;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryConversationStore;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.domain.staff.ChatId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * Defect found with the load rig: a person's notifications were held only if they were answering a dialog when their
 * line started. A line kept busy by a burst (each new request adds to it while it is still sending) never asked again,
 * so a dispatcher who started a dialog meanwhile got every announcement of the burst between their steps. Now a busy
 * line asks again before each send (at first at most once a second; see
 * {@link WhatIsLetOutAfterADialogIsHeldAgainWhenTheNextOneStartsTest}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ABusyLineStillStopsForAPersonWhoStartsADialogTest {

    /** Records what it sends; the admin's first send waits until the test lets it finish. */
    private static final class Gated implements Messenger {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch onTheWire = new CountDownLatch(1);
        final CountDownLatch letGo = new CountDownLatch(1);

        @Override
        public void send(ChatId chat, Outbound message) {
            if (chat.equals(privateChat(ADMIN)) && onTheWire.getCount() > 0) {
                onTheWire.countDown();
                try {
                    letGo.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sent.add(chat.value() + " " + message.text());
        }

        long to(ChatId chat) {
            return sent.stream().filter(s -> s.startsWith(chat.value() + " ")).count();
        }
    }

    private final World world = new World();
    private final Gated messenger = new Gated();
    private final InMemoryConversationStore conversations = new InMemoryConversationStore(world.clock,
            Duration.ofHours(1));
    private final NotificationRelay relay = world.relayHolding(messenger, conversations);
    private final ExecutorService perChat = Executors.newVirtualThreadPerTaskExecutor();
    private final ConversationKey adminsDialog = new ConversationKey(privateChat(ADMIN), ADMIN);

    @AfterEach
    void stop() {
        perChat.shutdownNow();
    }

    @Test
    void a_line_kept_busy_by_a_burst_holds_the_rest_once_the_person_starts_answering_a_dialog() throws Exception {
        world.newRequest();
        relay.deliverDue(10, perChat);
        assertThat(messenger.onTheWire.await(10, TimeUnit.SECONDS)).isTrue(); // the admin's line is sending #1

        // meanwhile the admin starts a dialog, and the burst goes on: #2 joins the admin's busy line
        assertThat(conversations.save(adminsDialog, new Conversation("CreateRequest:description", Map.of(), 1,
                world.clock.instant()), 0)).isTrue();
        world.newRequest();
        relay.deliverDue(10, perChat);
        messenger.letGo.countDown();

        await(() -> relay.held() == 1);
        assertThat(messenger.to(privateChat(ADMIN))).as("only what was on the wire before the dialog").isEqualTo(1);

        conversations.delete(adminsDialog); // the dialog ended
        relay.deliverDue(10, perChat);
        await(() -> messenger.to(privateChat(ADMIN)) == 2 && relay.held() == 0);
    }

}
