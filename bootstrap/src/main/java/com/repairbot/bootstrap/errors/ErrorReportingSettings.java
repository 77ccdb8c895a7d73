package com.repairbot.bootstrap.errors;

import com.repairbot.bootstrap.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where errors are reported, read from the environment: {@code SENTRY_DSN} (or {@code SENTRY_DSN_FILE}, which
 * wins), {@code SENTRY_ENVIRONMENT} (default {@code production}); the release is this build's version, the
 * instance the host's name. No DSN, no reporting: nothing of Sentry is even loaded.
 *
 * @param dsn         the project's DSN, {@code https://<key>@<host>/<project>}
 * @param environment e.g. {@code production}, {@code staging}
 * @param release     {@code repair-bot@<version>}
 * @param instance    which process reports (the host's or container's name)
 */
public record ErrorReportingSettings(URI dsn, String environment, String release, String instance) {

    /** The DSN's key is a credential of sorts: it never prints. */
    @Override
    public String toString() {
        return "ErrorReportingSettings[dsn=" + dsn.getScheme() + "://***@" + dsn.getHost() + dsn.getPath()
                + ", environment=" + environment + ", release=" + release + ", instance=" + instance + "]";
    }

    /**
     * @param env the environment (e.g. {@code System.getenv()})
     * @return the settings, or empty when no DSN is set
     * @throws ConfigurationException when the DSN is not one or its file cannot be read
     */
    public static Optional<ErrorReportingSettings> from(Map<String, String> env) {
        Optional<String> file = value(env, "SENTRY_DSN_FILE");
        String variable = file.isPresent() ? "SENTRY_DSN_FILE" : "SENTRY_DSN";
        Optional<String> dsn = file.isPresent() ? Optional.of(read(file.get())) : value(env, "SENTRY_DSN");
        if (dsn.isEmpty()) {
            return Optional.empty();
        }
        String environment = value(env, "SENTRY_ENVIRONMENT").orElse("production");
        if (!environment.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new ConfigurationException("SENTRY_ENVIRONMENT: \"" + environment + "\" is not a name"
                    + " (letters, digits, _ . -; at most 64)");
        }
        return Optional.of(new ErrorReportingSettings(dsn(variable, dsn.get()), environment, buildRelease(),
                instance(env)));
    }

    private static URI dsn(String variable, String text) {
        try {
            URI dsn = new URI(text);
            boolean web = "https".equals(dsn.getScheme()) || "http".equals(dsn.getScheme());
            if (!web || dsn.getHost() == null || dsn.getUserInfo() == null || dsn.getPath() == null
                    || !dsn.getPath().matches("(/[^/]+)*/\\d+")) {
                throw new URISyntaxException("***", "not a DSN");
            }
            return dsn;
        } catch (URISyntaxException e) {
            throw new ConfigurationException(variable + ": not a Sentry DSN (https://<key>@<host>/<project id>)");
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new ConfigurationException("SENTRY_DSN_FILE: cannot read " + file);
        }
    }

    /** @return {@code repair-bot@} and the version Maven wrote into {@code repair-bot.properties} */
    static String buildRelease() {
        Properties build = new Properties();
        try (InputStream in = ErrorReportingSettings.class.getResourceAsStream("/repair-bot.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException unreadable) {
            // the release stays unknown; reporting still works
        }
        return "repair-bot@" + build.getProperty("version", "unknown");
    }

    private static String instance(Map<String, String> env) {
        return value(env, "HOSTNAME").orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "unknown";
            }
        });
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
