package com.repairbot.bootstrap;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the running bot is operated: where health and metrics are served, how it logs, how often it backs up.
 *
 * @param httpPort    {@code HTTP_PORT}: {@code /health/live}, {@code /health/ready} and {@code /metrics}
 *                    (0: any free port, for tests)
 * @param logFormat   {@code LOG_FORMAT}: {@code text} or {@code json}
 * @param logLevel    {@code LOG_LEVEL}: a Logback level
 * @param backupEvery {@code BACKUP_EVERY}: how often {@code run} makes an online backup; empty when {@code off}
 */
public record Operations(int httpPort, String logFormat, String logLevel, Optional<Duration> backupEvery) {

    private static final Set<String> FORMATS = Set.of("text", "json");
    private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");
    private static final Duration SHORTEST_BACKUP_INTERVAL = Duration.ofMinutes(1);

    /** @throws ConfigurationException naming the first bad variable */
    static Operations from(Map<String, String> env) {
        return new Operations(httpPort(env), logFormat(env), logLevel(env), backupEvery(env));
    }

    private static int httpPort(Map<String, String> env) {
        String text = Configuration.value(env, "HTTP_PORT").orElse("8080");
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) > 65535) {
            throw new ConfigurationException("HTTP_PORT: \"" + text + "\" is not a port (1-65535, or 0 for any)");
        }
        return Integer.parseInt(text);
    }

    private static String logFormat(Map<String, String> env) {
        // LoggingSetup reads the variable itself (and would take an unknown value for text): refused here instead
        String text = Configuration.value(env, "LOG_FORMAT").orElse("text");
        if (!FORMATS.contains(text)) {
            throw new ConfigurationException("LOG_FORMAT: \"" + text + "\" is not text or json");
        }
        return text;
    }

    private static String logLevel(Map<String, String> env) {
        String text = Configuration.value(env, "LOG_LEVEL").orElse("INFO");
        if (!LEVELS.contains(text.toUpperCase(Locale.ROOT))) {
            throw new ConfigurationException("LOG_LEVEL: \"" + text + "\" is not one of TRACE, DEBUG, INFO, WARN,"
                    + " ERROR, OFF");
        }
        return text.toUpperCase(Locale.ROOT);
    }

    private static Optional<Duration> backupEvery(Map<String, String> env) {
        String text = Configuration.value(env, "BACKUP_EVERY").orElse("24h").toLowerCase(Locale.ROOT);
        if (text.equals("off")) {
            return Optional.empty();
        }
        if (!text.matches("\\d{1,6}[mhd]")) {
            throw new ConfigurationException("BACKUP_EVERY: \"" + text + "\" is not an interval such as 24h, 6h,"
                    + " 30m, 7d or off");
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        Duration every = switch (text.charAt(text.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (every.compareTo(SHORTEST_BACKUP_INTERVAL) < 0) {
            throw new ConfigurationException("BACKUP_EVERY: \"" + text + "\" is shorter than a minute");
        }
        return Optional.of(every);
    }
}
