package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DESCRIPTION;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Redis stalled for 5 s in the middle of a new request: the person was told "unavailable, try again", but the
 * step was written when Redis came back, and the repeated description became the client's name (3 of 3 tries).
 * A person told to try again never has the retry read as the answer to the next question.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ARetryAfterAStalledSaveIsNotReadAsTheNextAnswerTest {

    /** A store whose next save writes, then throws as a stalled Redis does (the reply timed out). */
    private static final class StallingOnce implements ConversationStore {
        private final ConversationStore inner;
        boolean stallNext;
        boolean writeWhenStalled = true;

        StallingOnce(ConversationStore inner) {
            this.inner = inner;
        }

        @Override
        public Optional<Conversation> load(ConversationKey key) {
            return inner.load(key);
        }

        @Override
        public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
            if (stallNext) {
                stallNext = false;
                if (writeWhenStalled) {
                    inner.save(key, conversation, expectedVersion);
                }
                throw new StoreUnavailableException("redis: command timed out", null);
            }
            return inner.save(key, conversation, expectedVersion);
        }

        @Override
        public void delete(ConversationKey key) {
            inner.delete(key);
        }
    }

    private StallingOnce stalling;
    private final DialogDriver bot = new DialogDriver(ApplicationSettings.defaults(
            Set.of(new UserId(DialogDriver.ADMIN)), Set.of(new UserId(DISPATCHER))),
            memory -> stalling = new StallingOnce(memory));

    @Test
    void a_description_repeated_after_a_save_that_happened_anyway_does_not_become_the_clients_name() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, PHONE);
        stalling.stallNext = true;
        bot.send(DISPATCHER, DESCRIPTION);
        assertThat(bot.lastText()).isEqualTo(ru().get("error.unavailable"));
        String afterDescription = bot.step(DISPATCHER).orElseThrow(); // written after all

        bot.send(DISPATCHER, DESCRIPTION); // the person does as told

        assertThat(bot.step(DISPATCHER)).contains(afterDescription);
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).doesNotContainKey("name");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.saved_after_all"));
        assertThat(bot.allText()).contains(ru().get("dialog.saved_after_all"));

        bot.send(DISPATCHER, NAME);
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).containsEntry("name", NAME);
    }

    @Test
    void a_description_repeated_after_a_save_that_did_not_happen_is_read_as_the_description() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, PHONE);
        String atDescription = bot.step(DISPATCHER).orElseThrow();
        stalling.stallNext = true;
        stalling.writeWhenStalled = false;
        bot.send(DISPATCHER, DESCRIPTION);
        assertThat(bot.step(DISPATCHER)).contains(atDescription);

        bot.send(DISPATCHER, DESCRIPTION);

        assertThat(bot.step(DISPATCHER)).isNotEqualTo(Optional.of(atDescription));
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).doesNotContainKey("name");
        assertThat(bot.allText()).doesNotContain(ru().get("dialog.saved_after_all"));
    }
}
