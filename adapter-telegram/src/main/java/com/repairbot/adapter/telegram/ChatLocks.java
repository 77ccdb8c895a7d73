package com.repairbot.adapter.telegram;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock {@code chat:<id>} of the {@link Locks} port, taken around an update when several instances take
 * updates (webhooks behind a load balancer): the updates of one chat then stay in order across instances as they
 * do across threads. One instance does without it (ADR 0018): its lanes keep the order, and the lock would cost
 * two Redis commands per update.
 */
final class ChatLocks {

    private static final Logger log = LoggerFactory.getLogger(ChatLocks.class);
    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Locks locks;
    private final Duration hold;
    private final Duration wait;

    /**
     * @param locks the shared locks
     * @param hold  how long a lock is held at most (longer than handling and sending an update takes)
     * @param wait  how long to wait for a chat that another instance is busy with
     */
    ChatLocks(Locks locks, Duration hold, Duration wait) {
        this.locks = locks;
        this.hold = hold;
        this.wait = wait;
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
                    return held;
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
}
