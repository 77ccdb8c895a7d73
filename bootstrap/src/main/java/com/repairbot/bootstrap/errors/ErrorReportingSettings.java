package com.repairbot.bootstrap.errors;

import java.net.URI;

/**
 * Where and how errors are reported to Sentry (read from the environment by bootstrap's
 * {@code ErrorReportingConfiguration}).
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
}
