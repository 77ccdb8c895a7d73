package com.repairbot.bootstrap.errors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.repairbot.application.port.in.HandleInboundUseCase;
import io.sentry.Sentry;
import org.slf4j.LoggerFactory;

/**
 * Errors to Sentry (ADR 0025): the official SDK started with the settings, WARN-or-worse log lines sent as events
 * ({@link SentryLogAppender} on the root logger), the handled update as breadcrumbs ({@link InboundBreadcrumbs}),
 * everything scrubbed before it is sent ({@link EventScrubbing}): no personal data, no token, no request or
 * user data ({@code sendDefaultPii} stays false). Only built when a DSN is set, so that without one no class of
 * the SDK is loaded.
 */
public final class SentryReporting implements ErrorReporting {

    private final SentryLogAppender appender = new SentryLogAppender();
    private final Logger root;

    private SentryReporting(ErrorReportingSettings settings) {
        EventScrubbing scrubbing = new EventScrubbing();
        Sentry.init(options -> {
            options.setDsn(settings.dsn().toString());
            options.setRelease(settings.release());
            options.setEnvironment(settings.environment());
            options.setServerName(settings.instance());
            options.setTag("instance", settings.instance());
            options.setSendDefaultPii(false);
            options.setBeforeSend(scrubbing);
            options.setBeforeBreadcrumb(scrubbing);
            options.addInAppInclude("com.repairbot");
            options.setMaxBreadcrumbs(50);
            options.setSendClientReports(false);
            options.setEnableExternalConfiguration(false); // no sentry.properties, no SENTRY_* read behind our back
        });
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender.setContext(context);
        appender.setName("SENTRY");
        appender.start();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
    }

    /** @return reporting started: from now on warnings and errors go to Sentry */
    public static ErrorReporting start(ErrorReportingSettings settings) {
        return new SentryReporting(settings);
    }

    @Override
    public HandleInboundUseCase traced(HandleInboundUseCase handler) {
        return new InboundBreadcrumbs(handler);
    }

    /** Stops sending: what is queued is flushed (for at most the SDK's shutdown timeout, 2 s). */
    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        Sentry.close();
    }
}
