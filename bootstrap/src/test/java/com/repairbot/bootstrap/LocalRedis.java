package com.repairbot.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The Redis bootstrap's tests use: the one at {@code REDIS_URL} (default {@code redis://127.0.0.1:6379}), as for
 * adapter-redis's tests, on database 7, which no other module's tests use.
 */
final class LocalRedis {

    static final int DATABASE = 7;

    private LocalRedis() {
    }

    /** @return the URL of database 7 */
    static String url() {
        String configured = System.getenv("REDIS_URL");
        URI base = URI.create(configured == null || configured.isBlank() ? "redis://127.0.0.1:6379" : configured);
        try {
            return new URI(base.getScheme(), base.getRawUserInfo(), base.getHost(), base.getPort(), "/" + DATABASE,
                    null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("REDIS_URL is not a URL", e);
        }
    }

    /** @return the URL as the bot prints it (password masked) */
    static String shown() {
        return Configuration.masked(URI.create(url()));
    }
}
