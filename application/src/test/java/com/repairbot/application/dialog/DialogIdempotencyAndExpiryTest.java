package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADDRESS;
import static com.repairbot.application.dialog.DialogDriver.DESCRIPTION;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.key;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Confirm stores a request once, whatever happens; abandoned dialogs expire. */
class DialogIdempotencyAndExpiryTest {

    private final DialogDriver bot = new DialogDriver();

    @Test
    void pressing_confirm_twice_stores_one_request_and_the_second_press_is_told_the_dialog_finished() {
        walkToSummary();
        bot.press(DISPATCHER, DialogEngine.CONFIRM);
        bot.press(DISPATCHER, DialogEngine.CONFIRM);

        assertThat(bot.requestCount()).isEqualTo(1);
        assertThat(bot.lastText()).isEqualTo(ru().get("dialog.already_finished"));
        assertThat(bot.notifications()).hasSize(1);
    }

    @Test
    void a_confirm_replayed_after_a_crash_between_storing_the_request_and_ending_the_dialog_stores_nothing_new() {
        walkToSummary();
        Conversation beforeConfirm = bot.conversation(DISPATCHER).orElseThrow();
        bot.press(DISPATCHER, DialogEngine.CONFIRM);
        assertThat(bot.requestCount()).isEqualTo(1);

        // the crash: the dialog was never deleted, so the update is handled again from the confirm step
        assertThat(bot.conversations.save(key(DISPATCHER), beforeConfirm, 0)).isTrue();
        bot.press(DISPATCHER, DialogEngine.CONFIRM);

        assertThat(bot.requestCount()).isEqualTo(1);
        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1 уже была создана, повторно не сохраняется.");
        assertThat(bot.lastText()).startsWith("Заявка #1 · Новая");
        assertThat(bot.conversation(DISPATCHER)).isEmpty();
        assertThat(bot.notifications()).hasSize(1);
    }

    @Test
    void a_confirm_delivered_again_after_a_crash_that_closed_its_dialog_is_answered_with_the_request_it_created() {
        walkToSummary();
        String confirm = bot.current(DISPATCHER, DialogEngine.CONFIRM);
        bot.pressRaw(DISPATCHER, confirm);
        List<String> first = bot.replies().stream().map(Outbound::text).toList();
        assertThat(bot.conversation(DISPATCHER)).isEmpty();

        // the crash came after the request was stored and the dialog closed, before the answer was kept:
        // Telegram delivers the same press again
        bot.pressRaw(DISPATCHER, confirm);

        assertThat(bot.requestCount()).isEqualTo(1);
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("create.done", 1));
        assertThat(bot.replies().stream().map(Outbound::text).toList()).isEqualTo(first);
        assertThat(bot.notifications()).hasSize(1);
    }

    @Test
    void a_confirm_of_someone_elses_dialog_learns_nothing_of_the_request_it_created() {
        walkToSummary();
        String confirm = bot.current(DISPATCHER, DialogEngine.CONFIRM);
        bot.pressRaw(DISPATCHER, confirm);

        bot.pressRaw(DialogDriver.ADMIN, confirm);

        assertThat(bot.replies()).extracting(Outbound::text).containsExactly(ru().get("dialog.already_finished"));
        assertThat(bot.requestCount()).isEqualTo(1);
    }

    @Test
    void two_dialogs_get_two_requests() {
        bot.createRequest(DISPATCHER);
        bot.createRequest(DISPATCHER);

        assertThat(bot.requestCount()).isEqualTo(2);
    }

    @Test
    void a_dialog_untouched_for_longer_than_the_ttl_expires_and_the_next_message_starts_fresh_with_a_note() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:tv");
        bot.clock.advance(bot.settings.dialogTtl().plusMinutes(1));
        assertThat(bot.conversation(DISPATCHER)).as("still in the store").isPresent();

        bot.send(DISPATCHER, DESCRIPTION);

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.expired"));
        assertThat(bot.lastText()).startsWith("Главное меню.");
        assertThat(bot.conversation(DISPATCHER)).isEmpty();
    }

    @Test
    void after_expiry_a_command_is_carried_out_after_the_note() {
        bot.command(DISPATCHER, "new");
        bot.clock.advance(Duration.ofHours(25));

        bot.command(DISPATCHER, "new");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.expired"));
        assertThat(bot.lastText()).isEqualTo(ru().get("create.equipment"));
        assertThat(bot.conversation(DISPATCHER).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void after_expiry_an_old_dialog_button_is_told_the_dialog_finished() {
        walkToSummary();
        bot.clock.advance(Duration.ofHours(25));

        bot.press(DISPATCHER, DialogEngine.CONFIRM);

        assertThat(bot.replies()).extracting(o -> o.text())
                .containsExactly(ru().get("dialog.expired"), ru().get("dialog.already_finished"));
        assertThat(bot.requestCount()).isZero();
    }

    @Test
    void a_dialog_touched_within_the_ttl_is_kept_because_every_answer_renews_it() {
        bot.command(DISPATCHER, "new");
        bot.clock.advance(Duration.ofHours(20));
        bot.press(DISPATCHER, "d:tv");
        bot.clock.advance(Duration.ofHours(20));
        bot.send(DISPATCHER, PHONE);

        assertThat(bot.allText()).doesNotContain(ru().get("dialog.expired"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:description");
    }

    @Test
    void a_stored_dialog_of_a_flow_that_no_longer_exists_is_dropped() {
        bot.conversations.save(key(DISPATCHER), new Conversation("RetiredFlow:step", java.util.Map.of(), 1,
                bot.clock.instant()), 0);

        bot.send(DISPATCHER, "привет");

        assertThat(bot.allText()).contains(ru().get("input.use_menu"));
        assertThat(bot.conversation(DISPATCHER)).isEmpty();
    }

    @Test
    void a_stored_step_id_without_a_flow_name_is_dropped() {
        bot.conversations.save(key(DISPATCHER), new Conversation("garbage", java.util.Map.of(), 1,
                bot.clock.instant()), 0);

        bot.command(DISPATCHER, "menu");

        assertThat(bot.lastText()).startsWith("Главное меню.");
        assertThat(bot.conversation(DISPATCHER)).isEmpty();
    }

    @Test
    void a_stored_step_that_no_longer_exists_resumes_at_the_first_step_of_its_flow() {
        bot.conversations.save(key(DISPATCHER), new Conversation("CreateRequest:retired",
                java.util.Map.of("_key", "k"), 1, bot.clock.instant()), 0);

        bot.press(DISPATCHER, "d:oven");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:phone");
    }

    @Test
    void an_answer_that_lost_the_race_with_another_answer_is_told_so() {
        ConflictingStore conflicting = new ConflictingStore();
        DialogDriver racy = new DialogDriver(ApplicationSettings.defaults(Set.of(new UserId(DialogDriver.ADMIN)),
                Set.of(new UserId(DISPATCHER))), memory -> conflicting.around(memory));
        racy.command(DISPATCHER, "new");

        conflicting.failSaves = true;
        racy.press(DISPATCHER, "d:oven");

        assertThat(racy.lastText()).isEqualTo(ru().get("dialog.conflict"));
        assertThat(racy.step(DISPATCHER)).contains("CreateRequest:equipment");

        racy.command(DISPATCHER, "cancel");
        racy.command(DISPATCHER, "new");
        assertThat(racy.lastText()).isEqualTo(ru().get("dialog.conflict"));
        assertThat(racy.step(DISPATCHER)).isEmpty();
    }

    @Test
    void an_unreachable_dialog_store_is_told_as_a_temporary_outage() {
        DialogDriver down = new DialogDriver(ApplicationSettings.defaults(Set.of(new UserId(DialogDriver.ADMIN)),
                Set.of(new UserId(DISPATCHER))), memory -> new ConversationStore() {
                    @Override
                    public Optional<Conversation> load(ConversationKey key) {
                        throw new StoreUnavailableException("redis down", new java.io.IOException("refused"));
                    }

                    @Override
                    public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
                        throw new StoreUnavailableException("redis down", null);
                    }

                    @Override
                    public void delete(ConversationKey key) {
                        throw new StoreUnavailableException("redis down", null);
                    }
                });

        down.command(DISPATCHER, "new");

        assertThat(down.replies()).extracting(o -> o.text()).containsExactly(ru().get("error.unavailable"));
    }

    private void walkToSummary() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, PHONE);
        bot.send(DISPATCHER, DESCRIPTION);
        bot.send(DISPATCHER, NAME);
        bot.send(DISPATCHER, ADDRESS);
        bot.press(DISPATCHER, DialogEngine.SKIP);
        bot.press(DISPATCHER, DialogEngine.SKIP);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
    }

    /** A store whose saves can be made to lose, as when another update of the same chat saved first. */
    private static final class ConflictingStore {
        boolean failSaves;

        ConversationStore around(ConversationStore inner) {
            return new ConversationStore() {
                @Override
                public Optional<Conversation> load(ConversationKey key) {
                    return inner.load(key);
                }

                @Override
                public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
                    return !failSaves && inner.save(key, conversation, expectedVersion);
                }

                @Override
                public void delete(ConversationKey key) {
                    inner.delete(key);
                }
            };
        }
    }
}
