package com.repairbot.adapter.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is: a {@code postgresql://user:password@host:5432/database?sslmode=require} URL taken
 * apart into what the JDBC driver wants. The password never prints.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host:port/database} with the URL's query (e.g. {@code sslmode})
 * @param user     the role to log in as
 * @param password its password; empty for trust or peer authentication
 */
public record PostgresLocation(String jdbcUrl, String user, String password) {

    public PostgresLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL");
        }
        if (user.isBlank()) {
            throw new IllegalArgumentException("no user name");
        }
    }

    /**
     * @param url      {@code postgresql://} or {@code postgres://}, with user, host, optional port (5432) and
     *                 the database name; user and password percent-encoded as in any URL
     * @param password a password that replaces the URL's (read from {@code DATABASE_PASSWORD_FILE})
     * @throws IllegalArgumentException saying what is missing; the message never holds the password
     */
    public static PostgresLocation parse(String url, Optional<String> password) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL (postgresql://user:password@host:5432/database)");
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not a postgresql:// URL (postgresql://user:password@host:5432/database)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("no host (postgresql://user:password@host:5432/database)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.length() <= 1 || path.indexOf('/', 1) >= 0) {
            throw new IllegalArgumentException("no database name (postgresql://user:password@host:5432/database)");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty()) {
            throw new IllegalArgumentException("no user (postgresql://user:password@host:5432/database)");
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String inUrl = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]"
                : uri.getHost();
        return new PostgresLocation("jdbc:postgresql://" + host + ":" + port + path + query, user,
                password.orElse(inUrl));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** @return where, for log lines and messages: the JDBC URL and the user, never the password */
    public String describe() {
        return user + " at " + jdbcUrl;
    }

    /** The password never prints. */
    @Override
    public String toString() {
        return "PostgresLocation[" + describe() + ", password=" + (password.isEmpty() ? "none" : "***") + "]";
    }
}
