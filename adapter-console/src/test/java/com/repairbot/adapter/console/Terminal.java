package com.repairbot.adapter.console;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Stores;
import com.repairbot.domain.staff.UserId;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A person at the terminal: the real core on the given stores (user 1 admin, user 2 dispatcher), the lines typed in
 * order from user 1's session, and what was printed.
 */
final class Terminal {

    private Terminal() {
    }

    /** @return everything printed, the locale's no-break spaces (grouping amounts) as plain spaces */
    static String run(Stores stores, Clock clock, String... lines) throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        ApplicationSettings settings = ApplicationSettings.defaults(Set.of(new UserId(1)), Set.of(new UserId(2)));
        AtomicInteger ids = new AtomicInteger();
        Core core = Core.builder(settings, stores).messenger(new ConsoleMessenger(out)).clock(clock)
                .ids(() -> "key-" + ids.incrementAndGet()).assemble();
        BufferedReader in = new BufferedReader(new StringReader(String.join("\n", lines) + "\n"));
        new ConsoleChannel(core.engine(), () -> core.relay().deliverDue(100), in, out, new UserId(1)).run();
        return printed.toString(StandardCharsets.UTF_8).replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
