package com.repairbot.bootstrap;

import com.repairbot.bootstrap.errors.ErrorReporting;
import com.repairbot.bootstrap.errors.ErrorReportingSettings;
import com.repairbot.bootstrap.errors.SentryReporting;
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
 */
final class ErrorReportingConfiguration {

    private ErrorReportingConfiguration() {
    }

    /**
     * @param env the environment
     * @return Sentry reporting started when a DSN is set, else {@link ErrorReporting#NONE} (no class of the SDK
     *         loaded: no method reference to it on this path, since linking one would load it)
     * @throws ConfigurationException naming a bad {@code SENTRY_*} variable
     */
    static ErrorReporting start(Map<String, String> env) {
        Optional<ErrorReportingSettings> settings = from(env);
        return settings.isPresent() ? SentryReporting.start(settings.get()) : ErrorReporting.NONE;
    }

    /**
     * @param env the environment (e.g. {@code System.getenv()})
     * @return the settings, or empty when no DSN is set
     * @throws ConfigurationException when the DSN is not one or its file cannot be read
     */
    static Optional<ErrorReportingSettings> from(Map<String, String> env) {
        Optional<String> file = Configuration.value(env, "SENTRY_DSN_FILE");
        String variable = file.isPresent() ? "SENTRY_DSN_FILE" : "SENTRY_DSN";
        Optional<String> dsn = file.isPresent() ? Optional.of(read(file.get())) : Configuration.value(env, "SENTRY_DSN");
        if (dsn.isEmpty()) {
            return Optional.empty();
        }
        String environment = Configuration.value(env, "SENTRY_ENVIRONMENT").orElse("production");
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
        try (InputStream in = ErrorReportingConfiguration.class.getResourceAsStream("/repair-bot.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException unreadable) {
            // the release stays unknown; reporting still works
        }
        return "repair-bot@" + build.getProperty("version", "unknown");
    }

    private static String instance(Map<String, String> env) {
        return Configuration.value(env, "HOSTNAME").orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "unknown";
            }
        });
    }
}
