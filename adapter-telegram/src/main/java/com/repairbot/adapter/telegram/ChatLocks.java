package com.repairbot.adapter.telegram;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock {@code chat:<id>} of the {@link Locks} port, taken around an update when several instances take
 * updates (webhooks behind a load balancer): the updates of one chat then stay in order across instances as they
 * do across threads. One instance does without it (ADR 0018): its lanes keep the order, and the lock would cost
 * two Redis commands per update.
 *
 * <p>The hold is short ({@link #HOLD}) and renewed every third of it while the update is being handled, so that
 * an instance killed while it held a chat's lock blocks that chat for no longer than the short hold (ADR 0034;
 * it was a fixed 60 s before), while a slow update on a living instance keeps its chat for as long as it takes.
 */
final class ChatLocks {

    private static final Logger log = LoggerFactory.getLogger(ChatLocks.class);
    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** How long a chat's lock is held without a renewal: what a killed holder costs its chat at most. */
    static final Duration HOLD = Duration.ofSeconds(10);

    private final Locks locks;
    private final Duration hold;
    private final Duration wait;
    private final ScheduledExecutorService timer;

    /**
     * @param locks the shared locks
     * @param hold  how long a lock is held without a renewal; it is renewed every third of it while held
     * @param wait  how long to wait for a chat that another instance is busy with
     * @param timer renews the held locks
     */
    ChatLocks(Locks locks, Duration hold, Duration wait, ScheduledExecutorService timer) {
        this.locks = locks;
        this.hold = hold;
        this.wait = wait;
        this.timer = timer;
    }

    /**
     * @param mayGiveUp whether to give up after the wait (a webhook answers 503 and Telegram delivers again);
     *                  otherwise wait as long as the lock stays taken
     * @return the chat's lock, or empty when it stayed taken for the whole wait or the store is down
     */
    Optional<HeldLock> take(long chat, boolean mayGiveUp) {
        String name = "chat:" + chat;
        long deadline = mayGiveUp ? System.nanoTime() + wait.toNanos() : Long.MAX_VALUE;
        long pause = FIRST_PAUSE_NANOS;
        while (true) {
            try {
                Optional<HeldLock> held = locks.tryAcquire(name, hold);
                if (held.isPresent()) {
                    return Optional.of(new TelegramRenewedChatLock(held.get(), chat));
                }
            } catch (RuntimeException unavailable) {
                log.warn("the lock of chat {} cannot be taken: {}", chat, unavailable.getClass().getSimpleName());
                return Optional.empty();
            }
            if (mayGiveUp && System.nanoTime() + pause > deadline) {
                return Optional.empty();
            }
            try {
                TimeUnit.NANOSECONDS.sleep(pause);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
    }

    /** A chat's lock renewed on the timer until it is released. */
    private final class TelegramRenewedChatLock implements HeldLock {

        private final HeldLock lock;
        private final long chat;
        private final ScheduledFuture<?> renewal;

        private TelegramRenewedChatLock(HeldLock lock, long chat) {
            this.lock = lock;
            this.chat = chat;
            long every = Math.max(1, hold.toMillis() / 3);
            ScheduledFuture<?> scheduled;
            try {
                scheduled = timer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                scheduled = null; // the channel is closing: the short hold is enough for what is left
            }
            this.renewal = scheduled;
        }

        private void renew() {
            try {
                if (!lock.extend(hold)) {
                    log.warn("the lock of chat {} was lost while its update was handled (held past {} s without a"
                            + " renewal); the chat's order may not hold for this update", chat, hold.toSeconds());
                    if (renewal != null) {
                        renewal.cancel(false);
                    }
                }
            } catch (RuntimeException unavailable) {
                log.warn("the lock of chat {} could not be renewed: {}", chat, unavailable.getClass().getSimpleName());
            }
        }

        @Override
        public String name() {
            return lock.name();
        }

        @Override
        public boolean release() {
            if (renewal != null) {
                renewal.cancel(false);
            }
            return lock.release();
        }

        @Override
        public boolean extend(Duration longer) {
            return lock.extend(longer);
        }

        @Override
        public String toString() {
            return lock.toString();
        }
    }
}
