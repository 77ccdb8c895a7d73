package com.repairbot.adapter.telegram;

import static com.repairbot.adapter.telegram.Staff.ADMIN;
import static com.repairbot.adapter.telegram.Staff.DISPATCHER;
import static com.repairbot.adapter.telegram.Staff.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A technicians' group upgraded to a supergroup (its chat id changes) is followed: by Telegram's service
 * message, or by the refusal of a send to the old id; the binding moves and no notification is lost.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GroupUpgradesIT {

    private static final long OLD_GROUP = -4_000_555L;
    private static final long SUPERGROUP = -1_004_000_555L;
    /** The technician's phone as {@link Staff#technician} makes it: never in a log line. */
    private static final String TECHNICIAN_PHONE = "79990001001";

    private static Optional<ChatId> workGroup(Harness h) {
        return h.stores.staff().technician(new UserId(TECHNICIAN)).flatMap(Technician::workGroup);
    }

    private static List<Call> refused(Harness h) {
        // the messages refused; the getChat that confirms a migration message with Telegram is refused by design
        return h.api.calls().stream().filter(c -> c.status() == 400 && !c.method().equals("getChat")).toList();
    }

    private static List<AuditEntry> moves(Harness h) {
        return h.stores.audit().latest(100).stream().filter(e -> e.action().equals("work_group.move")).toList();
    }

    @Test
    void a_forged_migration_message_that_telegram_does_not_confirm_moves_nothing() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            Staff.technician(h.core, TECHNICIAN, OLD_GROUP);
            RequestNumber first = Staff.assigned(h.core, TECHNICIAN);
            h.core.relay().deliverDue(100);
            long attackers = -1_009_999_000L;

            // the group was never upgraded: whoever sent these, Telegram still knows the old chat
            long from = h.settle(h.api.enqueue(FakeBotApi.migratedFrom(attackers, OLD_GROUP)));
            h.settle(h.api.enqueue(FakeBotApi.migratedTo(OLD_GROUP, Staff.STRANGER, attackers)));

            assertThat(workGroup(h)).contains(new ChatId(OLD_GROUP));
            assertThat(moves(h)).isEmpty();
            assertThat(h.stores.placements().find(first, new ChatId(OLD_GROUP))).isPresent();
            assertThat(h.api.calls("getChat")).isNotEmpty();
            assertThat(h.logs.lines()).anyMatch(line -> line.contains("update " + from + " says chat " + OLD_GROUP
                    + " became " + attackers) && line.contains("ignored"));

            RequestNumber next = Staff.assigned(h.core, TECHNICIAN);
            h.core.relay().deliverDue(100);
            assertThat(h.api.lastShown(OLD_GROUP).param("text")).contains("#" + next.value());
            assertThat(h.api.shown(attackers)).as("nothing goes to the forged chat").isEmpty();
        }
    }

    @Test
    void a_migration_service_message_rebinds_the_technicians_group_and_the_next_card_goes_to_the_new_chat()
            throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            Staff.technician(h.core, TECHNICIAN, OLD_GROUP);
            RequestNumber first = Staff.assigned(h.core, TECHNICIAN);
            h.core.relay().deliverDue(100);
            assertThat(h.stores.placements().find(first, new ChatId(OLD_GROUP))).isPresent();
            int sentBefore = h.api.calls("sendMessage").size();

            h.api.upgrade(OLD_GROUP, SUPERGROUP);
            h.settle(h.api.enqueue(FakeBotApi.migratedTo(OLD_GROUP, TECHNICIAN, SUPERGROUP)));
            h.settle(h.api.enqueue(FakeBotApi.migratedFrom(SUPERGROUP, OLD_GROUP)));

            assertThat(workGroup(h)).contains(new ChatId(SUPERGROUP));
            assertThat(h.stores.placements().of(first)).noneMatch(c -> c.message().chat().value() == OLD_GROUP);
            assertThat(h.api.calls("sendMessage")).as("nothing is answered in either chat").hasSize(sentBefore);
            assertThat(moves(h)).singleElement().satisfies(move -> {
                assertThat(move.actor()).isEqualTo(new UserId(123456789)); // the bot itself
                assertThat(move.details()).contains("chat " + OLD_GROUP + " -> " + SUPERGROUP);
            });

            RequestNumber next = Staff.assigned(h.core, TECHNICIAN);
            h.core.relay().deliverDue(100);

            Call card = h.api.lastShown(SUPERGROUP);
            assertThat(card.method()).isEqualTo("sendMessage");
            assertThat(Harness.data(card)).contains("r:" + next.value() + ":accept");
            assertThat(refused(h)).as("nothing was sent to the old id").isEmpty();
            assertThat(h.stores.outbox().size()).isZero();
            h.assertLogsClean(TECHNICIAN_PHONE);
        }
    }

    @Test
    void a_send_to_an_old_group_id_is_resent_to_the_new_one_and_the_binding_is_updated() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            Staff.technician(h.core, TECHNICIAN, OLD_GROUP);
            h.api.upgrade(OLD_GROUP, SUPERGROUP); // the service message never reached the bot

            RequestNumber number = Staff.assigned(h.core, TECHNICIAN);
            h.core.relay().deliverDue(100);

            assertThat(refused(h)).singleElement().satisfies(call -> {
                assertThat(call.method()).isEqualTo("sendMessage");
                assertThat(call.chat()).isEqualTo(OLD_GROUP);
            });
            Call card = h.api.lastShown(SUPERGROUP);
            assertThat(Harness.data(card)).contains("r:" + number.value() + ":accept");
            assertThat(card.param("text")).isEqualTo(refused(h).getFirst().param("text"));
            assertThat(h.stores.outbox().size()).as("delivered, not dropped").isZero();
            assertThat(workGroup(h)).contains(new ChatId(SUPERGROUP));
            assertThat(h.stores.placements().find(number, new ChatId(SUPERGROUP))).isPresent();
            assertThat(moves(h)).hasSize(1);

            h.core.useCases().accept().accept(new AcceptRequestCommand(new UserId(TECHNICIAN), number));
            h.core.relay().deliverDue(100);

            Call edited = h.api.lastShown(SUPERGROUP);
            assertThat(edited.method()).isEqualTo("editMessageText");
            assertThat(Integer.parseInt(edited.param("message_id"))).isEqualTo(h.api.messageIdOf(card));
            assertThat(refused(h)).hasSize(1);
            h.assertLogsClean(TECHNICIAN_PHONE);
        }
    }

    @Test
    void the_upgraded_staff_group_gets_its_messages_and_the_operator_is_told_once_to_update_the_configuration()
            throws Exception {
        ApplicationSettings settings = new ApplicationSettings(Set.of(new UserId(ADMIN)),
                Set.of(new UserId(DISPATCHER)), Optional.of(new ChatId(OLD_GROUP)), EquipmentType.DEFAULTS,
                ProfitSplitPolicy.defaults(), Duration.ofHours(24), ZoneId.of("Europe/Moscow"), 10, "");
        try (Harness h = Harness.startWith(Harness.tuning(Harness.FAST), Harness.generousLimiter(), settings)
                .polling()) {
            h.api.upgrade(OLD_GROUP, SUPERGROUP);

            Staff.request(h.core);
            h.core.relay().deliverDue(100);
            Staff.request(h.core);
            h.core.relay().deliverDue(100);

            assertThat(h.api.shown(SUPERGROUP)).hasSize(2);
            assertThat(refused(h)).as("only the first send went to the old id").hasSize(1);
            assertThat(h.stores.outbox().size()).isZero();
            List<String> warnings = h.logs.lines().stream()
                    .filter(line -> line.startsWith("WARN") && line.contains("GROUP_CHAT_ID")).toList();
            assertThat(warnings).singleElement().asString()
                    .contains("GROUP_CHAT_ID=" + OLD_GROUP).contains("set GROUP_CHAT_ID=" + SUPERGROUP);
        }
    }
}
