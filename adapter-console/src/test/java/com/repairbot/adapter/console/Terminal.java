package com.repairbot.adapter.console;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.domain.staff.UserId;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The terminal channel on in-memory stores, user 1 an admin and user 2 a dispatcher, fed typed lines. */
final class Terminal {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final Stores stores = Stores.inMemory(clock, Duration.ofHours(48));
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    /** @return the staff the terminal works on */
    Staff staff() {
        return stores.staff();
    }

    /** @return the requests the terminal works on */
    RepairRequests requests() {
        return stores.requests();
    }

    /**
     * Types the lines, one after the other, starting as user 1.
     *
     * @return everything printed so far; amounts are grouped with the locale's no-break space, given back as
     *         plain spaces to compare with
     */
    String run(String... lines) throws IOException {
        ApplicationSettings settings = ApplicationSettings.defaults(Set.of(new UserId(1)), Set.of(new UserId(2)));
        AtomicInteger ids = new AtomicInteger();
        Core core = Core.builder(settings, stores).messenger(new ConsoleMessenger(out)).clock(clock)
                .ids(() -> "key-" + ids.incrementAndGet()).assemble();
        BufferedReader in = new BufferedReader(new StringReader(String.join("\n", lines) + "\n"));
        new ConsoleChannel(core.engine(), () -> core.relay().deliverDue(100), in, out, new UserId(1)).run();
        return printed.toString(StandardCharsets.UTF_8).replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
