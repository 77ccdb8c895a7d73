package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * The smoke run of {@link KeptConnectionsCalls}, the harness that counts a Bot API call's system calls: its server
 * and its callers run briefly in this JVM, so that a harness that no longer works breaks the build. It measures
 * nothing worth reading; the figures come from runs by hand under strace or perf (docs/benchmarks.md).
 */
class KeptConnectionsCallsSmokeTest {

    @Test
    void the_callers_make_their_calls_on_kept_connections() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread serving = Thread.ofPlatform().daemon(true).start(() -> {
                try {
                    KeptConnectionsCalls.serve(server, 0);
                } catch (java.io.IOException failed) {
                    throw new IllegalStateException(failed);
                }
            });

            int opened = KeptConnectionsCalls.call(server.getLocalPort(), 200, 2);

            // a thread that starts after the other finished takes its connection from the pool: 1 is right too
            assertThat(opened).as("at most one kept connection per calling thread, not one per call").isBetween(1, 2);
            server.close();
            serving.join(5_000);
            assertThat(serving.isAlive()).as("the server stops when closed").isFalse();
        }
    }
}
