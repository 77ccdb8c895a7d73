package com.repairbot.bootstrap;

import com.repairbot.adapter.postgres.PostgresLocation;
import com.repairbot.application.ClientSettings;
import com.repairbot.domain.privacy.BotToken;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration (the README's table), read from environment variables and validated at start-up. A bad value
 * stops the bot with one line naming the variable and what is wrong.
 *
 * @param botToken       the Telegram bot token, if any ({@code BOT_TOKEN_FILE} wins over {@code BOT_TOKEN})
 * @param admins         {@code ADMIN_IDS}
 * @param dispatchers    {@code DISPATCHER_IDS}
 * @param staffGroup     {@code GROUP_CHAT_ID}
 * @param databasePath   {@code DATABASE_PATH}
 * @param zone           {@code TZ_NAME}
 * @param companyContact {@code COMPANY_CONTACT}: what clients writing to the bot are told to use
 * @param backupDir      {@code BACKUP_DIR}: where online backups go (default: {@code backups} beside the database)
 * @param backupKeep     {@code BACKUP_KEEP}: how many backups are kept (default 7)
 * @param telegramApiUrl {@code TELEGRAM_API_URL}: the Bot API base URL
 * @param redisUrl       {@code REDIS_URL}: Redis for conversation state, locks and limits, if any
 * @param webhook        {@code WEBHOOK_URL}, {@code WEBHOOK_SECRET}, {@code WEBHOOK_PORT}: webhook mode, if set
 * @param operations     {@code HTTP_PORT}, {@code LOG_FORMAT}, {@code LOG_LEVEL}, {@code BACKUP_EVERY}
 * @param business       {@code EQUIPMENT_TYPES}, {@code SPLIT_*}, {@code DIALOG_TTL}: the company's own rules
 * @param postgres       {@code DATABASE_URL} (password also from {@code DATABASE_PASSWORD_FILE}): PostgreSQL instead
 *                       of the SQLite file, if set
 * @param clients        {@code CLIENTS} ({@code on} by default, {@code off}) and {@code CLIENT_OPEN_LIMIT} (default 3):
 *                       whether people without a role are served as clients, and how many open requests each may
 *                       have
 */
public record Configuration(Optional<String> botToken, Set<UserId> admins, Set<UserId> dispatchers,
                            Optional<ChatId> staffGroup, Path databasePath, ZoneId zone, String companyContact,
                            Path backupDir, int backupKeep, URI telegramApiUrl, Optional<URI> redisUrl,
                            Optional<Webhook> webhook, Operations operations, BusinessConfiguration business,
                            Optional<PostgresLocation> postgres, ClientSettings clients) {

    /**
     * Webhook mode.
     *
     * @param url    the public HTTPS address Telegram posts to
     * @param secret the {@code X-Telegram-Bot-Api-Secret-Token} Telegram sends with each update
     * @param port   the local port the endpoint listens on
     */
    public record Webhook(URI url, String secret, int port) {
        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=***, port=" + port + "]";
        }
    }

    /** The bot token never prints. */
    @Override
    public String toString() {
        return "Configuration[botToken=" + botToken.map(t -> "***").orElse("none") + ", admins=" + admins
                + ", dispatchers=" + dispatchers + ", staffGroup=" + staffGroup + ", databasePath=" + databasePath
                + ", zone=" + zone + ", backupDir=" + backupDir + ", backupKeep=" + backupKeep
                + ", telegramApiUrl=" + telegramApiUrl + ", redisUrl=" + redisUrl.map(Configuration::masked)
                + ", webhook=" + webhook + ", operations=" + operations + ", business=" + business
                + ", postgres=" + postgres.map(PostgresLocation::describe) + ", clients=" + clients + "]";
    }

    /** @return the URL with any password replaced by {@code ***} (for log lines) */
    public static String masked(URI url) {
        String userInfo = url.getRawUserInfo();
        if (userInfo == null) {
            return url.toString();
        }
        int colon = userInfo.indexOf(':');
        String shown = colon < 0 ? "***" : userInfo.substring(0, colon) + ":***";
        return url.toString().replace(userInfo + "@", shown + "@");
    }

    /**
     * @param env the environment (e.g. {@code System.getenv()})
     * @throws ConfigurationException naming the first bad variable
     */
    public static Configuration from(Map<String, String> env) {
        Path database = databasePath(env);
        Path besideDatabase = database.toAbsolutePath().getParent().resolve("backups");
        return new Configuration(token(env), ids(env, "ADMIN_IDS"), ids(env, "DISPATCHER_IDS"),
                group(env), database, zone(env), value(env, "COMPANY_CONTACT").orElse(""),
                value(env, "BACKUP_DIR").map(Path::of).orElse(besideDatabase), backupKeep(env),
                url(env, "TELEGRAM_API_URL", "https://api.telegram.org", "http", "https").orElseThrow(),
                url(env, "REDIS_URL", null, "redis", "rediss"), webhook(env), Operations.from(env),
                BusinessConfiguration.from(env), postgres(env), clients(env));
    }

    /** {@code CLIENTS} and {@code CLIENT_OPEN_LIMIT}. */
    private static ClientSettings clients(Map<String, String> env) {
        boolean enabled = value(env, "CLIENTS").map(text -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new ConfigurationException("CLIENTS: \"" + text + "\" is neither on nor off");
        }).orElse(true);
        int limit = value(env, "CLIENT_OPEN_LIMIT").map(text -> {
            if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 50) {
                throw new ConfigurationException("CLIENT_OPEN_LIMIT: \"" + text + "\" is not a number of requests"
                        + " (1-50)");
            }
            return Integer.parseInt(text);
        }).orElse(ClientSettings.DEFAULT_OPEN_LIMIT);
        return new ClientSettings(enabled, limit);
    }

    /** {@code DATABASE_URL}; the message of a bad one never holds the URL, which may hold a password. */
    private static Optional<PostgresLocation> postgres(Map<String, String> env) {
        Optional<String> url = value(env, "DATABASE_URL");
        Optional<String> passwordFile = value(env, "DATABASE_PASSWORD_FILE");
        if (url.isEmpty()) {
            if (passwordFile.isPresent()) {
                throw new ConfigurationException("DATABASE_PASSWORD_FILE: set without DATABASE_URL");
            }
            return Optional.empty();
        }
        Optional<String> password = passwordFile.map(file -> {
            try {
                return Files.readString(Path.of(file)).strip();
            } catch (IOException e) {
                throw new ConfigurationException("DATABASE_PASSWORD_FILE: cannot read " + file);
            }
        });
        try {
            return Optional.of(PostgresLocation.parse(url.get(), password));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("DATABASE_URL: " + e.getMessage());
        }
    }

    private static Optional<URI> url(Map<String, String> env, String name, String fallback, String... schemes) {
        Optional<String> text = value(env, name).or(() -> Optional.ofNullable(fallback));
        return text.map(t -> {
            try {
                URI url = new URI(t);
                if (url.getScheme() == null || !Set.of(schemes).contains(url.getScheme()) || url.getHost() == null) {
                    throw new URISyntaxException(t, "scheme");
                }
                return url;
            } catch (URISyntaxException e) {
                throw new ConfigurationException(name + ": not a " + String.join(" or ", schemes)
                        + " URL (e.g. " + schemes[0] + "://host:port)");
            }
        });
    }

    private static Optional<Webhook> webhook(Map<String, String> env) {
        Optional<URI> url = url(env, "WEBHOOK_URL", null, "https");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String secret = value(env, "WEBHOOK_SECRET").orElseThrow(() ->
                new ConfigurationException("WEBHOOK_SECRET: required with WEBHOOK_URL (1-256 of A-Z a-z 0-9 _ -)"));
        if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new ConfigurationException("WEBHOOK_SECRET: only A-Z a-z 0-9 _ - allowed, 1 to 256 characters");
        }
        String port = value(env, "WEBHOOK_PORT").orElse("8443");
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new ConfigurationException("WEBHOOK_PORT: \"" + port + "\" is not a port (1-65535)");
        }
        return Optional.of(new Webhook(url.get(), secret, Integer.parseInt(port)));
    }

    /** The file must be a file (not a folder), and its folder must be a folder or creatable. */
    private static Path databasePath(Map<String, String> env) {
        String text = value(env, "DATABASE_PATH").orElse("./data/repair-bot.db");
        Path path;
        try {
            path = Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigurationException("DATABASE_PATH: \"" + text + "\" is not a file path");
        }
        if (Files.isDirectory(path)) {
            throw new ConfigurationException("DATABASE_PATH: \"" + text + "\" is a folder; give the database file,"
                    + " e.g. " + path.resolve("repair-bot.db"));
        }
        for (Path folder = path.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new ConfigurationException("DATABASE_PATH: cannot create the folder of \"" + text + "\": "
                            + folder + " is a file");
                }
                break;
            }
        }
        return path;
    }

    private static int backupKeep(Map<String, String> env) {
        String text = value(env, "BACKUP_KEEP").orElse("7");
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 1000) {
            throw new ConfigurationException("BACKUP_KEEP: \"" + text + "\" is not a number from 1 to 1000");
        }
        return Integer.parseInt(text);
    }

    /** @return the variable's value, stripped; empty when unset or blank */
    static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<String> token(Map<String, String> env) {
        Optional<String> file = value(env, "BOT_TOKEN_FILE");
        Optional<String> token = file.isPresent() ? Optional.of(read(file.get())) : value(env, "BOT_TOKEN");
        token.ifPresent(t -> {
            if (!BotToken.isWellFormed(t)) {
                throw new ConfigurationException((file.isPresent() ? "BOT_TOKEN_FILE" : "BOT_TOKEN")
                        + ": does not look like a bot token (<digits>:<letters>)");
            }
        });
        return token;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new ConfigurationException("BOT_TOKEN_FILE: cannot read " + file);
        }
    }

    private static Set<UserId> ids(Map<String, String> env, String name) {
        Set<UserId> ids = new LinkedHashSet<>();
        for (String part : value(env, name).orElse("").split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!id.matches("\\d{1,19}") || Long.parseLong(id) <= 0) {
                throw new ConfigurationException(name + ": \"" + id + "\" is not a user id (a positive number)");
            }
            ids.add(new UserId(Long.parseLong(id)));
        }
        return Set.copyOf(ids);
    }

    private static Optional<ChatId> group(Map<String, String> env) {
        return value(env, "GROUP_CHAT_ID").map(text -> {
            if (!text.matches("-?\\d{1,19}") || Long.parseLong(text) == 0) {
                throw new ConfigurationException("GROUP_CHAT_ID: \"" + text + "\" is not a chat id");
            }
            return new ChatId(Long.parseLong(text));
        });
    }

    private static ZoneId zone(Map<String, String> env) {
        String name = value(env, "TZ_NAME").orElse("Europe/Moscow");
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new ConfigurationException("TZ_NAME: \"" + name + "\" is not a time zone (e.g. Europe/Moscow)");
        }
    }
}
