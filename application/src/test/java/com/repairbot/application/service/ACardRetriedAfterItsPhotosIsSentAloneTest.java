package com.repairbot.application.service;

import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.privateChat;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ClientSettings;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryCardPlacements;
import com.repairbot.application.port.in.SubmitClientRequestCommand;
import com.repairbot.application.port.out.DeliveryException;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.domain.request.Photo;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Defect: a client's photos go as an album before the request's card; when the album went out and the card's send
 * failed (Telegram busy), the retry sent the album again, so the dispatcher got the same photos twice.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ACardRetriedAfterItsPhotosIsSentAloneTest {

    private static final UserId CLIENT = new UserId(5000);

    private final World world = new World();
    private final List<String> toDispatcher = new CopyOnWriteArrayList<>();
    private volatile boolean cardFails = true;
    private final Messenger messenger = new Messenger() {
        @Override
        public void send(ChatId chat, Outbound message) {
            if (!chat.equals(privateChat(DISPATCHER))) {
                return;
            }
            if (message.photos().isEmpty() && cardFails) {
                cardFails = false;
                throw new DeliveryException("Telegram is busy", false);
            }
            toDispatcher.add(message.photos().isEmpty() ? "card" : "album of " + message.photos().size());
        }
    };
    private final NotificationRelay relay = new NotificationRelay(world.settings, world.outbox, world.requests,
            world.staff, new InMemoryCardPlacements(), messenger, world.clock, world.reachability(messenger));

    @Test
    void the_retry_sends_the_card_alone() {
        world.clientService(ClientSettings.defaults()).submit(new SubmitClientRequestCommand(CLIENT, World.draft(),
                List.of(new Photo("AgACAgIAAxkBAAIB"), new Photo("AgACAgIAAxkBAAIC")), "dialog-1"));

        relay.deliverDue(100);
        assertThat(toDispatcher).as("the album went, the card failed").containsExactly("album of 2");

        world.clock.advance(Duration.ofMinutes(1));
        relay.deliverDue(100);
        assertThat(toDispatcher).containsExactly("album of 2", "card");
    }
}
