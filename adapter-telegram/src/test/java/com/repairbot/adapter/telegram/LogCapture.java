package com.repairbot.adapter.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every log event while it is attached, as text (message, exceptions and their causes, stack traces). */
final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** @return each event as one text */
    synchronized List<String> lines() {
        List<String> out = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            StringBuilder text = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " "
                    + event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    text.append("\n  ").append(frame.getSTEAsString());
                }
            }
            out.add(text.toString());
        }
        return out;
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
