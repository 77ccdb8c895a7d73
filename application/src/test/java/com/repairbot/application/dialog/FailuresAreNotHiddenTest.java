package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Failures that are bugs reach the channel (which logs them); refusals that come late keep the answers. */
class FailuresAreNotHiddenTest {

    private static ApplicationSettings settings() {
        return ApplicationSettings.defaults(Set.of(new UserId(ADMIN)), Set.of(new UserId(DISPATCHER)));
    }

    @Test
    void a_failure_that_is_a_bug_is_thrown_to_the_channel() {
        DialogDriver broken = new DialogDriver(settings(), memory -> new ConversationStore() {
            @Override
            public Optional<Conversation> load(ConversationKey key) {
                throw new IllegalStateException("bug in the store");
            }

            @Override
            public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
                return false;
            }

            @Override
            public void delete(ConversationKey key) {
            }
        });

        assertThatThrownBy(() -> broken.command(DISPATCHER, "new"))
                .isInstanceOf(IllegalStateException.class).hasMessage("bug in the store");
    }

    @Test
    void a_failure_that_is_a_bug_while_finishing_a_dialog_is_thrown_too() {
        DialogDriver broken = new DialogDriver(settings(), memory -> new ConversationStore() {
            @Override
            public Optional<Conversation> load(ConversationKey key) {
                return memory.load(key);
            }

            @Override
            public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
                return memory.save(key, conversation, expectedVersion);
            }

            @Override
            public void delete(ConversationKey key) {
                throw new IllegalStateException("cannot delete");
            }
        });
        broken.command(ADMIN, "grant");
        broken.send(ADMIN, "555");

        assertThatThrownBy(() -> broken.press(ADMIN, "d:DISPATCHER")).hasMessage("cannot delete");
    }

    @Test
    void a_long_repair_date_that_passed_while_the_summary_waited_is_refused_and_the_answers_are_kept() {
        DialogDriver bot = new DialogDriver();
        long number = bot.onSiteRequest();
        bot.press(TECHNICIAN, "r:" + number + ":long_repair");
        bot.send(TECHNICIAN, "10.03");
        bot.press(TECHNICIAN, DialogEngine.SKIP);
        bot.press(TECHNICIAN, DialogEngine.SKIP);
        bot.clock.advance(Duration.ofHours(13)); // past midnight in Moscow

        bot.press(TECHNICIAN, DialogEngine.CONFIRM);

        assertThat(bot.lastText()).isEqualTo("Дата уже прошла.");
        assertThat(bot.step(TECHNICIAN)).contains("LongRepair:confirm");
        assertThat(bot.request(number).status()).isEqualTo(Status.ONSITE);

        bot.press(TECHNICIAN, DialogEngine.EDIT);
        bot.press(TECHNICIAN, "d:~edit:date");
        bot.send(TECHNICIAN, "12.03");
        bot.press(TECHNICIAN, DialogEngine.CONFIRM);
        assertThat(bot.request(number).status()).isEqualTo(Status.LONG_REPAIR);
    }
}
