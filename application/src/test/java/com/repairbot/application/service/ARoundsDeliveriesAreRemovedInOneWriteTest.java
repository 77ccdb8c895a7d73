package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.OTHER_DISPATCHER;
import static com.repairbot.application.service.World.privateChat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.memory.InMemoryCardPlacements;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.testing.ForwardingOutbox;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The relay wrote the outbox once per delivered notification (a write transaction each on SQLite's single writer)
 * and read the request once per notification: a new request's announcement to 49 dispatchers cost 49 deletes and
 * 49 reads (issue 19's profile: a fifth of the CPU per update in the SQLite writer). Now a round's deliveries are
 * removed in one write and a request is read once a round, with every guarantee kept: each recipient's order, at
 * least once, and a crash before the removal sends again only that round's notifications.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ARoundsDeliveriesAreRemovedInOneWriteTest {

    /** The world's outbox, counting the removals; the next removal of several can be made to fail. */
    private static final class CountingOutbox extends ForwardingOutbox {
        final AtomicInteger single = new AtomicInteger();
        final List<List<Long>> batches = new CopyOnWriteArrayList<>();
        volatile boolean failNextBatch;

        CountingOutbox(Outbox inner) {
            super(inner);
        }

        @Override
        public void delivered(long id) {
            single.incrementAndGet();
            super.delivered(id);
        }

        @Override
        public void delivered(Collection<Long> ids) {
            if (failNextBatch) {
                failNextBatch = false;
                throw new StoreUnavailableException("the process died before this write", null);
            }
            batches.add(List.copyOf(ids));
            super.delivered(ids);
        }
    }

    /** The world's requests, counting the reads of one request. */
    private static final class CountingRequests implements RepairRequests {
        final RepairRequests inner;
        final AtomicInteger finds = new AtomicInteger();

        CountingRequests(RepairRequests inner) {
            this.inner = inner;
        }

        @Override
        public void add(RepairRequest request) {
            inner.add(request);
        }

        @Override
        public boolean compareAndSet(RepairRequest updated, Status expectedStatus, long expectedVersion) {
            return inner.compareAndSet(updated, expectedStatus, expectedVersion);
        }

        @Override
        public Optional<RepairRequest> find(RequestNumber number) {
            finds.incrementAndGet();
            return inner.find(number);
        }

        @Override
        public void appendHistory(HistoryEntry entry) {
            inner.appendHistory(entry);
        }

        @Override
        public List<HistoryEntry> history(RequestNumber number) {
            return inner.history(number);
        }

        @Override
        public List<RepairRequest> list(Set<Status> statuses, int offset, int limit) {
            return inner.list(statuses, offset, limit);
        }

        @Override
        public int count(Set<Status> statuses) {
            return inner.count(statuses);
        }

        @Override
        public List<RepairRequest> assignedTo(UserId technician, Set<Status> statuses, int offset, int limit) {
            return inner.assignedTo(technician, statuses, offset, limit);
        }

        @Override
        public int countAssignedTo(UserId technician, Set<Status> statuses) {
            return inner.countAssignedTo(technician, statuses);
        }

        @Override
        public Optional<RepairRequest> latestForPhone(PhoneNumber phone) {
            return inner.latestForPhone(phone);
        }

        @Override
        public List<RepairRequest> ofClient(UserId client, Set<Status> statuses, int offset, int limit) {
            return inner.ofClient(client, statuses, offset, limit);
        }

        @Override
        public int countOfClient(UserId client, Set<Status> statuses) {
            return inner.countOfClient(client, statuses);
        }

        @Override
        public List<RepairRequest> search(SearchTerms terms, Optional<UserId> technician, int offset, int limit) {
            return inner.search(terms, technician, offset, limit);
        }

        @Override
        public int countSearch(SearchTerms terms, Optional<UserId> technician) {
            return inner.countSearch(terms, technician);
        }
    }

    private final World world = new World();
    private final CountingOutbox outbox = new CountingOutbox(world.outbox);
    private final CountingRequests requests = new CountingRequests(world.requests);
    /** chat and text of each send, in the order they went out */
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final Messenger messenger = (chat, message) -> sent.add(chat.value() + " " + message.text());
    private final NotificationRelay relay = newRelay();
    private final ExecutorService perChat = Executors.newVirtualThreadPerTaskExecutor();

    private NotificationRelay newRelay() {
        return new NotificationRelay(world.settings, outbox, requests, world.staff, new InMemoryCardPlacements(),
                messenger, world.clock, world.reachability(messenger));
    }

    @AfterEach
    void stop() {
        perChat.shutdownNow();
    }

    @Test
    void a_rounds_deliveries_are_removed_in_one_write_and_each_request_is_read_once() {
        world.newRequest(); // the admin and the other dispatcher are told
        world.newRequest();
        int readsBefore = requests.finds.get();

        assertThat(relay.deliverDue(10)).isEqualTo(4);

        assertThat(outbox.single).as("no write per notification").hasValue(0);
        assertThat(outbox.batches).singleElement().satisfies(ids -> assertThat(ids).hasSize(4));
        assertThat(requests.finds.get() - readsBefore).as("#1 and #2, once each").isEqualTo(2);
        assertThat(world.outbox.size()).isZero();
    }

    @Test
    void on_the_per_chat_path_each_recipient_gets_them_in_order_and_they_are_removed_together() throws Exception {
        for (int i = 0; i < 3; i++) {
            world.newRequest();
        }

        assertThat(relay.deliverDue(10, perChat)).isEqualTo(6);
        World.await(Duration.ofSeconds(20), () -> relay.idle() && world.outbox.size() == 0);

        for (ChatId chat : List.of(privateChat(ADMIN), privateChat(OTHER_DISPATCHER))) {
            List<String> theirs = sent.stream().filter(s -> s.startsWith(chat.value() + " ")).toList();
            assertThat(theirs).hasSize(3);
            assertThat(theirs.get(0)).contains("#1");
            assertThat(theirs.get(1)).contains("#2");
            assertThat(theirs.get(2)).contains("#3");
        }
        assertThat(outbox.single).hasValue(0);
        assertThat(outbox.batches).as("written by the last line out").singleElement()
                .satisfies(ids -> assertThat(ids).hasSize(6));
        assertThat(relay.deliverDue(10, perChat)).as("nothing again").isZero();
        assertThat(sent).hasSize(6);
    }

    @Test
    void a_crash_before_the_removal_sends_again_only_that_rounds_notifications() {
        world.newRequest();
        assertThat(relay.deliverDue(10)).isEqualTo(2); // sent and removed
        world.newRequest();
        outbox.failNextBatch = true;

        assertThatThrownBy(() -> relay.deliverDue(10)).isInstanceOf(StoreUnavailableException.class);
        assertThat(sent).hasSize(4); // the process dies here: #2 sent, its removal not written

        NotificationRelay restarted = newRelay();
        world.clock.advance(NotificationRelay.CLAIM_HOLD); // the dead process's claim runs out
        assertThat(restarted.deliverDue(10)).isEqualTo(2);

        assertThat(sent.subList(4, 6)).as("#2 again, to the same two; #1 not again")
                .allSatisfy(s -> assertThat(s).contains("#2"))
                .extracting(s -> s.substring(0, s.indexOf(' ')))
                .containsExactlyInAnyOrder(Long.toString(privateChat(ADMIN).value()),
                        Long.toString(privateChat(OTHER_DISPATCHER).value()));
        assertThat(world.outbox.size()).isZero();
    }

    @Test
    void a_removal_that_failed_is_written_by_the_next_round_without_sending_again() {
        world.newRequest();
        outbox.failNextBatch = true;
        assertThatThrownBy(() -> relay.deliverDue(10)).isInstanceOf(StoreUnavailableException.class);
        assertThat(world.outbox.size()).isEqualTo(2);

        world.clock.advance(NotificationRelay.CLAIM_HOLD); // even once the claim has run out
        assertThat(relay.deliverDue(10)).isZero();

        assertThat(world.outbox.size()).isZero();
        assertThat(sent).hasSize(2);
    }
}
