package com.repairbot.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.memory.InMemoryConversationStore;
import com.repairbot.application.memory.InMemoryOutbox;
import com.repairbot.application.memory.InMemoryTransactions;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.request.EditableField;
import com.repairbot.domain.request.RequestCreated;
import com.repairbot.domain.request.RequestEdited;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.StatusChanged;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The store decorators count what happened, and only what the store accepted. */
class MeteredStoresTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock(Requests.EPOCH);
    private final MeteredTransactions transactions = new MeteredTransactions(new InMemoryTransactions());

    private static final UserId DISPATCHER = new UserId(2);
    private static final UserId TECHNICIAN = new UserId(300);
    private static final RequestNumber ONE = new RequestNumber(1);

    private static StatusChanged moved(Status from, Status to, String action) {
        return new StatusChanged(ONE, from, to, action, DISPATCHER, Requests.EPOCH, Optional.empty(),
                Optional.of(TECHNICIAN), "");
    }

    @Test
    void a_request_created_and_a_real_status_change_are_counted_but_a_reassignment_or_an_edit_is_not() {
        MeteredRequestEvents events = new MeteredRequestEvents(registry, transactions);
        assertThat(counter("repairbot.request.creations")).isZero();
        assertThat(statusChanges(Status.CLOSED)).as("every status shows 0 from the start").isZero();

        events.happened(new RequestCreated(ONE, DISPATCHER, Requests.EPOCH));
        events.happened(moved(Status.NEW, Status.ASSIGNED, "assign"));
        events.happened(moved(Status.ASSIGNED, Status.ASSIGNED, "assign"));
        events.happened(new RequestEdited(ONE, Status.ASSIGNED, EditableField.NOTES, DISPATCHER, Requests.EPOCH,
                ""));

        assertThat(counter("repairbot.request.creations")).isEqualTo(1);
        assertThat(statusChanges(Status.ASSIGNED)).isEqualTo(1);
        assertThat(statusChanges(Status.ACCEPTED)).isZero();
    }

    @Test
    void an_event_counts_when_its_unit_of_work_commits_and_not_when_it_is_rolled_back() {
        MeteredRequestEvents events = new MeteredRequestEvents(registry, transactions);

        assertThatThrownBy(() -> transactions.write(() -> {
            events.happened(new RequestCreated(ONE, DISPATCHER, Requests.EPOCH));
            throw new IllegalStateException("a later step of the same unit fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(counter("repairbot.request.creations")).isZero();

        transactions.write(() -> {
            events.happened(new RequestCreated(new RequestNumber(2), DISPATCHER, Requests.EPOCH));
            assertThat(counter("repairbot.request.creations")).as("not before the commit").isZero();
            return transactions.write(() -> {
                events.happened(moved(Status.NEW, Status.ASSIGNED, "assign"));
                return true;
            });
        });
        assertThat(counter("repairbot.request.creations")).isEqualTo(1);
        assertThat(statusChanges(Status.ASSIGNED)).isEqualTo(1);
    }

    @Test
    void a_dialog_loaded_after_its_ttl_counts_as_expired_and_a_fresh_one_does_not() {
        MeteredConversationStore store = new MeteredConversationStore(
                new InMemoryConversationStore(clock, Duration.ofHours(48)), registry, Duration.ofHours(24), clock);
        ConversationKey key = new ConversationKey(new ChatId(5), new UserId(5));
        store.save(key, new Conversation("CreateRequest:description", Map.of(), 1, clock.instant()), 0);

        store.load(key);
        assertThat(counter("repairbot.dialogs.expired")).isZero();
        clock.advance(Duration.ofHours(25));
        store.load(key);
        assertThat(counter("repairbot.dialogs.expired")).isEqualTo(1);
    }

    @Test
    void the_outbox_gauges_show_its_depth_and_how_long_the_earliest_notification_has_been_due() {
        InMemoryOutbox outbox = new InMemoryOutbox();
        OutboxGauges.bind(outbox, clock, registry);
        assertThat(gauge("repairbot.outbox.depth")).isZero();
        assertThat(gauge("repairbot.outbox.oldest.age")).isZero();

        Notification note = new Notification(new ChatId(1), NotificationKind.values()[0], new RequestNumber(1), "");
        outbox.enqueue(note, clock.instant());
        outbox.enqueue(note, clock.instant().plusSeconds(30));
        clock.advance(Duration.ofSeconds(90));

        assertThat(gauge("repairbot.outbox.depth")).isEqualTo(2);
        assertThat(gauge("repairbot.outbox.oldest.age")).isEqualTo(90);
    }

    private double counter(String name) {
        return registry.get(name).counter().count();
    }

    private double statusChanges(Status to) {
        return registry.get("repairbot.request.status.changes").tag("to", to.name()).counter().count();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
