package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.port.in.HandleInboundResult;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 8: the core answered a store it could not reach with "temporarily unavailable" and the channel
 * counted the input as handled. The core now says, beside its answer, that the store was unavailable.
 */
class AnAnswerThatAStoreIsDownSaysSoToTheChannelTest {

    private final AtomicBoolean down = new AtomicBoolean();
    private final DialogDriver bot = new DialogDriver(ApplicationSettings.defaults(Set.of(new UserId(DialogDriver.ADMIN)),
            Set.of(new UserId(DISPATCHER))), memory -> new ConversationStore() {
                @Override
                public Optional<Conversation> load(ConversationKey key) {
                    if (down.get()) {
                        throw new StoreUnavailableException("redis (load dialog)", null);
                    }
                    return memory.load(key);
                }

                @Override
                public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
                    return memory.save(key, conversation, expectedVersion);
                }

                @Override
                public void delete(ConversationKey key) {
                    memory.delete(key);
                }
            });

    private HandleInboundResult send(String text) {
        return bot.engine.handleWithOutcome(new Inbound(new ChatId(DISPATCHER), new UserId(DISPATCHER),
                ru().locale(), new Input.Text(text)));
    }

    @Test
    void an_answer_saying_the_store_is_unavailable_is_marked_so_and_a_normal_one_is_not() {
        assertThat(send("привет").storeUnavailable()).isFalse();

        down.set(true);
        HandleInboundResult result = send("привет");

        assertThat(result.storeUnavailable()).isTrue();
        assertThat(result.replies()).extracting(reply -> reply.text()).containsExactly(ru().get("error.unavailable"));
    }
}
