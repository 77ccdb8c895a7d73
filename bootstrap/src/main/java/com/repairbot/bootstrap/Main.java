package com.repairbot.bootstrap;

import com.repairbot.adapter.console.ConsoleChannel;
import com.repairbot.adapter.console.ConsoleMessenger;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.staff.UserId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts repair-bot. Without a bot token it runs the terminal channel; the Telegram channel, the SQLite
 * file and Redis arrive with their adapters.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    /** The terminal's default staff when none is configured: user 1 is admin, user 2 dispatcher. */
    static final UserId CONSOLE_ADMIN = new UserId(1);
    static final UserId CONSOLE_DISPATCHER = new UserId(2);

    private Main() {
    }

    /** @param args {@code console} (the default without a token) */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.getenv(), System.in, System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, java.io.InputStream stdin, PrintStream out,
                   PrintStream err) throws IOException {
        Configuration config;
        try {
            config = Configuration.from(env);
        } catch (ConfigurationException e) {
            err.println("repair-bot: " + e.getMessage());
            return 2;
        }
        String mode = args.length > 0 ? args[0] : config.botToken().isPresent() ? "run" : "console";
        if (mode.equals("run")) {
            err.println("repair-bot: the Telegram channel is not part of this build yet; "
                    + "unset BOT_TOKEN / BOT_TOKEN_FILE to use the terminal channel (repair-bot console)");
            return 2;
        }
        if (!mode.equals("console")) {
            err.println("repair-bot: unknown mode \"" + mode + "\"; use: console");
            return 2;
        }
        return console(config, stdin, out);
    }

    private static int console(Configuration config, java.io.InputStream stdin, PrintStream out) throws IOException {
        boolean demoStaff = config.admins().isEmpty() && config.dispatchers().isEmpty();
        Set<UserId> admins = demoStaff ? Set.of(CONSOLE_ADMIN) : config.admins();
        Set<UserId> dispatchers = demoStaff ? Set.of(CONSOLE_DISPATCHER) : config.dispatchers();
        ApplicationSettings settings = new ApplicationSettings(admins, dispatchers, config.staffGroup(),
                EquipmentType.DEFAULTS, ProfitSplitPolicy.defaults(), Duration.ofHours(24), config.zone(), 10,
                config.companyContact());
        LOG.info("starting the terminal channel; conversation state and data in memory (not kept after exit)");
        Core core = Wiring.inMemory(settings, new ConsoleMessenger(out), Clock.systemUTC());
        if (demoStaff) {
            out.println("ADMIN_IDS and DISPATCHER_IDS are empty: in the terminal, user 1 is admin and user 2 "
                    + "dispatcher (/as 2).");
        }
        UserId first = admins.stream().findFirst().orElse(dispatchers.iterator().next());
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        new ConsoleChannel(core.engine(), () -> core.relay().deliverDue(100), in, out, first).run();
        return 0;
    }
}
