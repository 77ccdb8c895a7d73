package com.repairbot.bootstrap;

import com.repairbot.adapter.console.ConsoleChannel;
import com.repairbot.adapter.console.ConsoleMessenger;
import com.repairbot.adapter.sqlite.SqliteBackups;
import com.repairbot.adapter.sqlite.SqliteRestore;
import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.telegram.InvalidTokenException;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.bootstrap.errors.ErrorReporting;
import com.repairbot.bootstrap.logging.LogMasking;
import com.repairbot.domain.staff.UserId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts repair-bot in one of its modes: {@code console} (the terminal channel, the default without a bot
 * token), {@code backup} (an online copy of the database), {@code restore <file>} (while the bot is stopped),
 * {@code migrate} (create or update the database schema and exit), {@code migrate-data --to <url>} (copy the
 * SQLite file into an empty PostgreSQL database, {@link DataMigration}), {@code check} (configuration and
 * connectivity, one line per check, exit 0 or 1), and {@code run} (the Telegram channel, the default with a bot
 * token).
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    /** The terminal's default staff when none is configured: user 1 is admin, user 2 dispatcher. */
    static final UserId CONSOLE_ADMIN = new UserId(1);
    static final UserId CONSOLE_DISPATCHER = new UserId(2);
    private static final int READERS = 4;

    private Main() {
    }

    /** @param args the mode and its arguments */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.getenv(), System.in, System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err)
            throws IOException {
        Configuration config;
        ScheduleSettings schedule;
        try {
            config = Configuration.from(env);
            schedule = ScheduleConfiguration.from(env);
        } catch (ConfigurationException e) {
            if (args.length > 0 && args[0].equals("check")) {
                return Checks.configurationFailed(e, out); // check answers 0 or 1, one line per check
            }
            err.println("repair-bot: " + e.getMessage());
            return 2;
        }
        String mode = args.length > 0 ? args[0] : config.botToken().isPresent() ? "run" : "console";
        try {
            return switch (mode) {
                case "console" -> console(config, stdin, out);
                case "backup" -> backup(config, out, err);
                case "restore" -> restore(config, args, out, err);
                case "migrate" -> migrate(config, out);
                case "run" -> telegram(config, env, schedule, err);
                case "check" -> Checks.run(config, out);
                case "migrate-data" -> DataMigration.run(config, args, env, out, err);
                default -> {
                    err.println("repair-bot: unknown mode \"" + mode + "\"; use: run | console | backup"
                            + " | restore <file> | migrate | migrate-data --to <postgresql://…> | check");
                    yield 2;
                }
            };
        } catch (StoreUnavailableException e) {
            err.println("repair-bot: " + e.getMessage());
            return 1;
        }
    }

    private static int console(Configuration config, InputStream stdin, PrintStream out) throws IOException {
        boolean demoStaff = config.admins().isEmpty() && config.dispatchers().isEmpty();
        Set<UserId> admins = demoStaff ? Set.of(CONSOLE_ADMIN) : config.admins();
        Set<UserId> dispatchers = demoStaff ? Set.of(CONSOLE_DISPATCHER) : config.dispatchers();
        ApplicationSettings settings = settings(config, admins, dispatchers);
        try (Storage database = Storage.open(config, READERS)) {
            // the terminal keeps everything in the database, even with REDIS_URL set (only run uses Redis)
            LOG.info("data in {}; conversation state in the same database{}", database.describe(),
                    config.redisUrl().isPresent() ? " (REDIS_URL is set, but the terminal does not use Redis)" : "");
            Core core = Wiring.on(settings, config.clients(), database, new ConsoleMessenger(out), Clock.systemUTC());
            if (demoStaff) {
                out.println("ADMIN_IDS and DISPATCHER_IDS are empty: in the terminal, user 1 is admin and user 2 "
                        + "dispatcher (/as 2).");
            }
            // lazily: with only ADMIN_IDS set there is no dispatcher to fall back on
            UserId first = admins.stream().findFirst().orElseGet(() -> dispatchers.iterator().next());
            BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            new ConsoleChannel(core.engine(), () -> core.relay().deliverDue(100), in, out, first).run();
        }
        return 0;
    }

    /**
     * Opens the database file of {@code DATABASE_PATH}; one that cannot be opened stops the start with one line
     * naming the variable.
     */
    static SqliteDatabase database(Configuration config, int readers) {
        try {
            return SqliteDatabase.open(config.databasePath(), readers);
        } catch (StoreUnavailableException e) {
            throw new StoreUnavailableException("DATABASE_PATH: " + e.getMessage(), e);
        }
    }

    private static int telegram(Configuration config, Map<String, String> env, ScheduleSettings schedule,
                                PrintStream err) {
        if (config.botToken().isEmpty()) {
            err.println("repair-bot: run needs BOT_TOKEN or BOT_TOKEN_FILE; without one use: repair-bot console");
            return 2;
        }
        if (config.admins().isEmpty() && config.dispatchers().isEmpty()) {
            LOG.warn("ADMIN_IDS and DISPATCHER_IDS are empty: nobody can use the bot until they are set");
        }
        ChannelSettings channel;
        ErrorReporting errors;
        try {
            channel = ChannelSettings.from(env);
            errors = ErrorReportingConfiguration.start(env); // Sentry with SENTRY_DSN / SENTRY_DSN_FILE (ADR 0025)
        } catch (ConfigurationException e) {
            err.println("repair-bot: " + e.getMessage());
            return 2;
        }
        try {
            return TelegramMode.run(config, channel, settings(config, config.admins(), config.dispatchers()),
                    schedule, errors);
        } catch (InvalidTokenException e) {
            err.println("repair-bot: " + e.getMessage());
            return 1;
        } catch (IllegalStateException | UncheckedIOException e) {
            // the Bot API unreachable, the webhook refused, HTTP_PORT taken: one line, not a stack trace
            err.println("repair-bot: " + LogMasking.mask(e.getMessage()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static ApplicationSettings settings(Configuration config, Set<UserId> admins, Set<UserId> dispatchers) {
        BusinessConfiguration business = config.business();
        return new ApplicationSettings(admins, dispatchers, config.staffGroup(), business.equipment(),
                business.split(), business.dialogTtl(), config.zone(), 10, config.companyContact());
    }

    private static int backup(Configuration config, PrintStream out, PrintStream err) {
        if (config.postgres().isPresent()) {
            err.println("repair-bot: backup copies the SQLite file; " + PostgresStorage.USE_PG_DUMP);
            return 2;
        }
        try (SqliteDatabase database = database(config, 1)) {
            Path copy = new SqliteBackups(database, config.backupDir(), config.backupKeep(), Clock.systemUTC())
                    .backupNow();
            out.println("backup written: " + copy.toAbsolutePath());
        }
        return 0;
    }

    private static int restore(Configuration config, String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("repair-bot: restore needs the backup file: repair-bot restore <file> (stop the bot first)");
            return 2;
        }
        if (config.postgres().isPresent()) {
            err.println("repair-bot: restore replaces the SQLite file; " + PostgresStorage.USE_PG_DUMP);
            return 2;
        }
        SqliteRestore.restore(Path.of(args[1]), config.databasePath());
        out.println("restored " + args[1] + " into " + config.databasePath().toAbsolutePath()
                + " (the previous file was moved aside, not deleted)");
        return 0;
    }

    private static int migrate(Configuration config, PrintStream out) {
        try (Storage database = Storage.open(config, 1)) {
            out.println("database ready: " + database.describe());
        }
        return 0;
    }
}
