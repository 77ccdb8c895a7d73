package com.repairbot.adapter.telegram;

import java.io.Closeable;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The timeouts of {@link KeptConnections}' calls, kept off their sockets: each call on the wire has a deadline, and
 * one thread looks at them every eighth of the timeout (at most every 250 ms) and cuts a call past its deadline by
 * closing its socket. Issue 19: a socket with a read timeout ({@code SO_TIMEOUT}) is non-blocking for the JDK, which
 * reads it as {@code read} (EAGAIN), {@code poll}, {@code read} — 4 system calls per call with the write, and a
 * park; the sending and answering threads spent 35–40 % of their samples there under the load rig. Without a
 * timeout on the socket an answer is one {@code read} that blocks in the kernel: 2 system calls per call
 * (docs/benchmarks.md, "Issue 19: answers read without a poll").
 *
 * <p>The timeouts stay what they were: a connect, a write or a read that waits longer than its timeout fails with
 * the {@link SocketTimeoutException} the JDK throws ("Connect timed out", "Read timed out"; "Write timed out", which
 * the JDK has no timeout for), late by at most that period. A call's deadline is set again before each read, as
 * {@code SO_TIMEOUT} bounded each read, not the whole answer.
 *
 * <p>Each call has its own {@link Call}, and the thread cuts a call only by taking it from its caller in one
 * compare-and-set: a connection whose call ended — back in the pool, perhaps on the next call already — is never
 * closed for the call before. The thread starts with the first call and ends once closed with no call left, so
 * calls on the wire when their connections are closed keep their timeout.
 */
final class Deadlines {

    private static final long SHORTEST_PERIOD = Duration.ofMillis(10).toNanos();
    private static final long LONGEST_PERIOD = Duration.ofMillis(250).toNanos();
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    private final long periodNanos;
    private volatile Thread watchdog;
    private volatile boolean closed;

    /**
     * @param timeout the shortest timeout of the calls: each is cut at most an eighth of it late (at most 250 ms:
     *                a call of the default 20 s fails after 20.0–20.25 s)
     */
    Deadlines(Duration timeout) {
        this.periodNanos = Math.clamp(timeout.toNanos() / 8, SHORTEST_PERIOD, LONGEST_PERIOD);
    }

    /**
     * A call on {@code socket} begins, and its first wait (a connect, a write) with it: see {@link Call#expect}.
     * Every call begun must be {@link Call#end ended}.
     */
    Call begin(Closeable socket, long timeoutNanos, String failure) {
        Call call = new Call(socket);
        call.expect(timeoutNanos, failure);
        calls.add(call);
        if (watchdog == null) {
            startWatchdog();
        }
        return call;
    }

    /** Closes the socket of every call on the wire now (not as a timeout: their callers see why it closed). */
    void closeEvery() {
        for (Call call : calls) {
            call.closeSocket();
        }
    }

    /** No call will begin any more: the thread ends once the calls on the wire have ended. */
    void close() {
        closed = true;
    }

    private synchronized void startWatchdog() {
        if (watchdog == null) {
            watchdog = Thread.ofPlatform().name("telegram-deadlines-" + THREADS.incrementAndGet()).daemon(true)
                    .start(this::watch);
        }
    }

    private void watch() {
        while (!closed || !calls.isEmpty()) {
            try {
                Thread.sleep(Duration.ofNanos(periodNanos));
            } catch (InterruptedException interrupted) {
                return;
            }
            long now = System.nanoTime();
            for (Call call : calls) {
                call.cutIfLate(now);
            }
        }
    }

    /** One call's deadline; used by its caller's thread, and by the watchdog to cut it. */
    final class Call {
        private static final int ON = 0;
        private static final int ENDED = 1;
        private static final int CUT = 2;

        private final Closeable socket;
        private final AtomicInteger state = new AtomicInteger(ON);
        private volatile long deadline;
        private long timeoutNanos;
        private String failure;

        private Call(Closeable socket) {
            this.socket = socket;
        }

        /**
         * The waits that follow (a connect, a write, each read) may last {@code timeoutNanos} each; the first begins
         * now.
         *
         * @param failure the message of the {@link #timedOut()} when one lasts longer
         */
        void expect(long timeoutNanos, String failure) {
            this.timeoutNanos = timeoutNanos;
            this.failure = failure;
            again();
        }

        /** The next wait begins now. */
        void again() {
            deadline = System.nanoTime() + timeoutNanos;
        }

        /**
         * Ends the call: it is not cut any more. Once more is harmless.
         *
         * @return {@code false} when it was cut (its socket is closed, or being closed: not to be used again)
         */
        boolean end() {
            calls.remove(this);
            return state.compareAndExchange(ON, ENDED) != CUT;
        }

        /** @return the failure of a call that was cut, as the JDK words it for a timeout on the socket */
        SocketTimeoutException timedOut() {
            return new SocketTimeoutException(failure);
        }

        private void cutIfLate(long now) {
            if (now - deadline >= 0 && state.compareAndSet(ON, CUT)) {
                closeSocket();
            }
        }

        private void closeSocket() {
            try {
                socket.close();
            } catch (IOException | RuntimeException ignored) {
                // closing: the call fails, which is all that is wanted
            }
        }
    }
}
