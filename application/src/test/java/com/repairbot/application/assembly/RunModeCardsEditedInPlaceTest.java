package com.repairbot.application.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.PostedMessage;
import com.repairbot.domain.staff.ChatId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@code repair-bot run} assembled the core around {@code (chat, message) -> channel.send(...)}: a lambda over
 * {@code send} alone, so {@code post} and {@code replace} fell back to their defaults and every card edit became
 * a new message. The core is now given a {@link LateBoundMessenger}, which forwards every method.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RunModeCardsEditedInPlaceTest {

    private static final ChatId GROUP = new ChatId(-100);

    /** A channel that can edit: it records what it was asked to do. */
    private static final class EditingChannel implements Messenger {
        final List<String> calls = new ArrayList<>();

        @Override
        public void send(ChatId chat, Outbound message) {
            calls.add("send " + message.text());
        }

        @Override
        public Optional<PostedMessage> post(ChatId chat, Outbound message) {
            calls.add("post " + message.text());
            return Optional.of(new PostedMessage(chat, 7));
        }

        @Override
        public Optional<PostedMessage> replace(PostedMessage earlier, Outbound message) {
            calls.add("replace " + earlier.messageId() + " " + message.text());
            return Optional.of(earlier);
        }
    }

    @Test
    void a_card_posted_through_the_late_bound_messenger_is_edited_in_place_not_sent_again() {
        EditingChannel channel = new EditingChannel();
        LateBoundMessenger messenger = new LateBoundMessenger();
        messenger.bind(channel);

        Optional<PostedMessage> posted = messenger.post(GROUP, Outbound.text("card v1"));
        messenger.replace(posted.orElseThrow(), Outbound.text("card v2"));
        messenger.send(GROUP, Outbound.text("note"));

        assertThat(posted).contains(new PostedMessage(GROUP, 7));
        assertThat(channel.calls).containsExactly("post card v1", "replace 7 card v2", "send note");
    }

    @Test
    void nothing_is_sent_before_the_channel_is_bound_and_it_is_bound_once() {
        LateBoundMessenger messenger = new LateBoundMessenger();

        assertThatThrownBy(() -> messenger.send(GROUP, Outbound.text("early")))
                .isInstanceOf(IllegalStateException.class);
        messenger.bind(new EditingChannel());
        assertThatThrownBy(() -> messenger.bind(new EditingChannel())).isInstanceOf(IllegalStateException.class);
    }
}
