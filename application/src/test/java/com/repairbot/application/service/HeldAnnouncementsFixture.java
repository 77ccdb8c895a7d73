package com.repairbot.application.service;

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

/**
 * What the tests of announcements held for a person in a dialog share: a world, a relay that holds, the admin's
 * dialog in a store of its own, and a messenger that records what it sends.
 */
abstract class HeldAnnouncementsFixture {

    /** Records what it sends; with a gated chat, the first send to it waits until the test lets it finish. */
    static final class Recording implements Messenger {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch onTheWire = new CountDownLatch(1);
        final CountDownLatch letGo = new CountDownLatch(1);
        private final ChatId gated;

        /** @param gated the chat whose first send waits; {@code null} for none */
        Recording(ChatId gated) {
            this.gated = gated;
        }

        @Override
        public void send(ChatId chat, Outbound message) {
            if (chat.equals(gated) && onTheWire.getCount() > 0) {
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

    final World world = new World();
    final Recording messenger;
    final InMemoryConversationStore conversations = new InMemoryConversationStore(world.clock, Duration.ofHours(1));
    final NotificationRelay relay;
    final ExecutorService perChat = Executors.newVirtualThreadPerTaskExecutor();
    final ConversationKey adminsDialog = new ConversationKey(privateChat(ADMIN), ADMIN);
    private long version;

    /** @param gated the chat whose first send waits for the test; {@code null} for none */
    HeldAnnouncementsFixture(ChatId gated) {
        this.messenger = new Recording(gated);
        this.relay = world.relayHolding(messenger, conversations);
    }

    @AfterEach
    void stopTheLines() {
        perChat.shutdownNow();
    }

    /** The admin answers a step now (of the dialog open, or of a new one). */
    void adminAnswersAStep() {
        assertThat(conversations.save(adminsDialog, new Conversation("CreateRequest:description", Map.of(),
                version + 1, world.clock.instant()), version)).isTrue();
        version++;
    }

    /** The admin's dialog ends (a new one starts from version 0). */
    void adminsDialogEnds() {
        conversations.delete(adminsDialog);
        version = 0;
    }
}
