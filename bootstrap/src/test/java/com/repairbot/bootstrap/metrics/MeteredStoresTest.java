package com.repairbot.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.memory.InMemoryConversationStore;
import com.repairbot.application.memory.InMemoryOutbox;
import com.repairbot.application.memory.InMemoryRepairRequests;
import com.repairbot.application.memory.InMemoryTransactions;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store decorators count what happened, and only what the store accepted. */
class MeteredStoresTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock(Requests.EPOCH);
    private final MeteredTransactions transactions = new MeteredTransactions(new InMemoryTransactions());

    @Test
    void a_request_created_and_a_real_status_change_are_counted_but_a_refused_or_same_status_write_is_not() {
        MeteredRepairRequests requests = new MeteredRepairRequests(new InMemoryRepairRequests(), registry,
                transactions);
        assertThat(counter("repairbot.request.creations")).isZero();
        assertThat(statusChanges(Status.CLOSED)).as("every status shows 0 from the start").isZero();

        requests.add(Requests.request(1).build());
        boolean assigned = requests.compareAndSet(Requests.request(1).status(Status.ASSIGNED).version(2).build(),
                Status.NEW, 1);
        boolean stale = requests.compareAndSet(Requests.request(1).status(Status.ACCEPTED).version(2).build(),
                Status.NEW, 1);
        boolean reassigned = requests.compareAndSet(Requests.request(1).status(Status.ASSIGNED)
                .technician(new UserId(300)).version(3).build(), Status.ASSIGNED, 2);

        assertThat(assigned).isTrue();
        assertThat(stale).isFalse();
        assertThat(reassigned).isTrue();
        assertThat(counter("repairbot.request.creations")).isEqualTo(1);
        assertThat(statusChanges(Status.ASSIGNED)).isEqualTo(1);
        assertThat(statusChanges(Status.ACCEPTED)).isZero();
    }

    @Test
    void a_write_counts_when_its_unit_of_work_commits_and_not_when_it_is_rolled_back() {
        MeteredRepairRequests requests = new MeteredRepairRequests(new InMemoryRepairRequests(), registry,
                transactions);

        assertThatThrownBy(() -> transactions.write(() -> {
            requests.add(Requests.request(1).build());
            throw new IllegalStateException("a later step of the same unit fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(counter("repairbot.request.creations")).isZero();

        transactions.write(() -> {
            requests.add(Requests.request(2).build());
            assertThat(counter("repairbot.request.creations")).as("not before the commit").isZero();
            return transactions.write(() -> requests.compareAndSet(
                    Requests.request(2).status(Status.ASSIGNED).version(2).build(), Status.NEW, 1));
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
