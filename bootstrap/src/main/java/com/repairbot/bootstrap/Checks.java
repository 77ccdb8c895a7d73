package com.repairbot.bootstrap;

import com.repairbot.adapter.redis.RedisConfig;
import com.repairbot.adapter.redis.RedisConnection;
import com.repairbot.adapter.telegram.BotIdentity;
import com.repairbot.adapter.telegram.InvalidTokenException;
import com.repairbot.adapter.telegram.TelegramChannel;
import com.repairbot.adapter.telegram.TelegramConfig;
import com.repairbot.application.memory.InMemoryProcessedUpdates;
import com.repairbot.application.memory.InMemoryRateLimiter;
import com.repairbot.bootstrap.logging.LogMasking;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code repair-bot check}: is this configuration able to run? One line per check — the configuration, the
 * database (opened, migrated and written to), Redis ({@code PING}, when {@code REDIS_URL} is set) and Telegram
 * ({@code getMe}, when a token is set) — and exit status 0 when every check passed, 1 otherwise. Nothing the
 * bot keeps is changed (a missing database file is created, as {@code migrate} would).
 */
final class Checks {

    private enum Result { OK, SKIPPED, FAILED }

    private Checks() {
    }

    static int run(Configuration config, PrintStream out) {
        out.println("configuration: ok");
        List<Result> results = List.of(database(config, out), redis(config, out), telegram(config, out));
        return results.contains(Result.FAILED) ? 1 : 0;
    }

    /** The configuration itself is wrong: nothing else can be checked. @return 1 */
    static int configurationFailed(ConfigurationException wrong, PrintStream out) {
        say(out, "configuration", Result.FAILED, LogMasking.mask(wrong.getMessage()));
        return 1;
    }

    private static Result database(Configuration config, PrintStream out) {
        String where = config.postgres().map(location -> "PostgreSQL " + location.describe())
                .orElse(config.databasePath().toAbsolutePath().toString());
        String variable = config.postgres().isPresent() ? "DATABASE_URL" : "DATABASE_PATH";
        try (Storage database = Storage.open(config, 1)) {
            // a statement that takes the write lock: a read-only file or folder (or a read-only role) fails here,
            // not at the first request
            database.processedUpdates().forgetBefore(Instant.EPOCH);
            return say(out, "database", Result.OK, "writable: " + where);
        } catch (RuntimeException failed) {
            return say(out, "database", Result.FAILED, "cannot open or write " + where + " (" + variable + "): "
                    + reason(failed));
        }
    }

    private static Result redis(Configuration config, PrintStream out) {
        if (config.redisUrl().isEmpty()) {
            return say(out, "redis", Result.SKIPPED, "REDIS_URL not set; conversation state in the database");
        }
        String where = Configuration.masked(config.redisUrl().get());
        try (RedisConnection redis = new RedisConnection(RedisConfig.of(config.redisUrl().get().toString()))) {
            return redis.ping() ? say(out, "redis", Result.OK, "PING answered by " + where)
                    : say(out, "redis", Result.FAILED, "no answer to PING from " + where + " (REDIS_URL)");
        } catch (RuntimeException failed) {
            return say(out, "redis", Result.FAILED, "cannot connect to " + where + " (REDIS_URL): " + reason(failed));
        }
    }

    private static Result telegram(Configuration config, PrintStream out) {
        if (config.botToken().isEmpty()) {
            return say(out, "telegram", Result.SKIPPED, "no BOT_TOKEN or BOT_TOKEN_FILE; the terminal channel only");
        }
        TelegramConfig telegram = new TelegramConfig(config.telegramApiUrl(), config.botToken().get(),
                Duration.ZERO, 1);
        try (TelegramChannel channel = TelegramChannel.builder(telegram, inbound -> List.of())
                .processedUpdates(new InMemoryProcessedUpdates())
                .floodLimiter(new InMemoryRateLimiter(Clock.systemUTC(), 1, 1)).build()) {
            BotIdentity bot = channel.verify();
            return say(out, "telegram", Result.OK, "getMe answered: @" + bot.username() + " (" + bot.id() + ")");
        } catch (InvalidTokenException refused) {
            return say(out, "telegram", Result.FAILED, "the Bot API refused the token (BOT_TOKEN"
                    + " or BOT_TOKEN_FILE): " + reason(refused));
        } catch (RuntimeException failed) {
            return say(out, "telegram", Result.FAILED, "getMe failed at " + config.telegramApiUrl()
                    + " (TELEGRAM_API_URL): " + reason(failed));
        }
    }

    private static Result say(PrintStream out, String check, Result result, String detail) {
        out.println(check + ": " + result.name().toLowerCase(Locale.ROOT) + " - " + detail);
        return result;
    }

    /** The first line of the message, masked: a check line must stay one line and hold no secret. */
    private static String reason(RuntimeException failed) {
        String message = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        Throwable cause = failed.getCause();
        // "cannot open the database x: /etc/passwd" says little without the cause's kind
        return LogMasking.mask(cause == null ? line : line + " (" + cause.getClass().getSimpleName() + ")");
    }
}
