package com.repairbot.bootstrap.errors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import io.sentry.Breadcrumb;
import io.sentry.Sentry;
import io.sentry.SentryEvent;
import io.sentry.SentryLevel;
import io.sentry.protocol.Message;

/**
 * The log as Sentry sees it (the SDK's own Logback module is not served to our build, and this is all of it we
 * need): a WARN or ERROR line becomes an event, with its exception and stack trace; an INFO line of ours a
 * breadcrumb of the thread it was written on. Texts leave as they are here and are masked by
 * {@link EventScrubbing} in the before-send hook, like every other event.
 */
final class SentryLogAppender extends AppenderBase<ILoggingEvent> {

    private static final String OWN = "com.repairbot.";

    @Override
    protected void append(ILoggingEvent line) {
        if (line.getLevel().isGreaterOrEqual(Level.WARN)) {
            Sentry.captureEvent(event(line));
        } else if (line.getLevel().isGreaterOrEqual(Level.INFO) && line.getLoggerName().startsWith(OWN)) {
            Breadcrumb breadcrumb = new Breadcrumb(line.getTimeStamp());
            breadcrumb.setCategory(line.getLoggerName());
            breadcrumb.setType("default");
            breadcrumb.setLevel(SentryLevel.INFO);
            breadcrumb.setMessage(line.getFormattedMessage());
            Sentry.addBreadcrumb(breadcrumb);
        }
    }

    private static SentryEvent event(ILoggingEvent line) {
        IThrowableProxy proxy = line.getThrowableProxy();
        SentryEvent event = proxy instanceof ThrowableProxy thrown ? new SentryEvent(thrown.getThrowable())
                : new SentryEvent();
        event.setLevel(line.getLevel() == Level.ERROR ? SentryLevel.ERROR : SentryLevel.WARNING);
        event.setLogger(line.getLoggerName());
        Message message = new Message();
        message.setMessage(line.getMessage()); // the pattern: Sentry groups the same line's events by it
        message.setFormatted(line.getFormattedMessage());
        event.setMessage(message);
        event.setTag("thread", line.getThreadName());
        return event;
    }
}
