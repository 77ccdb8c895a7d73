package com.repairbot.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * How repair-bot logs, set up in code when logback starts (found by logback through
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}): one line per event on stderr (the terminal
 * channel's stdout stays clean), as text or, with {@code LOG_FORMAT=json}, one JSON object a line; both through
 * {@link MaskingEncoder} (bot tokens removed, phones and e-mails masked, in messages and exception texts alike).
 * {@code LOG_LEVEL} opens repair-bot's own loggers only: {@link LibraryLevelCap} keeps every library at INFO or
 * above (their DEBUG lines dump client data, ADR 0012), and Flyway at WARN.
 *
 * <p>It replaced a {@code logback.xml}: logback's XML configurator (a SAX parse, a model, reflection on every
 * element) was a fifth of the start-up's main thread. A file of one's own still wins:
 * {@code -Dlogback.configurationFile=/path/logback.xml} is read by logback as usual and this class stays out.
 */
public final class LoggingSetup extends ContextAwareBase implements Configurator {

    /** The text layout: an ISO date with 'T' (a date written with spaces would look like a phone to the masking). */
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // the operator's own file
        }
        apply(context, setting("LOG_FORMAT").orElse("text"), setting("LOG_LEVEL").orElse("INFO"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Sets the context up as shipped.
     *
     * @param format {@code json}, or anything else for text ({@code repair-bot} refuses other values at its start)
     * @param level  the level of repair-bot's own loggers ({@code INFO} when not a level)
     */
    public static void apply(LoggerContext context, String format, String level) {
        LibraryLevelCap cap = new LibraryLevelCap();
        cap.setContext(context);
        cap.setOwn("com.repairbot");
        cap.setLowest("INFO");
        cap.start();
        context.addTurboFilter(cap);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);

        MaskingEncoder masking = new MaskingEncoder();
        masking.setContext(context);
        masking.setEncoder(format.equalsIgnoreCase("json") ? json(context) : text(context));
        masking.start();
        ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
        out.setContext(context);
        out.setName("OUT");
        out.setTarget("System.err");
        out.setEncoder(masking);
        out.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(level.toUpperCase(Locale.ROOT), Level.INFO));
        root.addAppender(out);
    }

    private static Encoder<ILoggingEvent> text(LoggerContext context) {
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern(PATTERN);
        text.setCharset(StandardCharsets.UTF_8);
        text.start();
        return text;
    }

    /** One JSON object a line: the formatted (masked) message only, never the raw arguments. */
    private static Encoder<ILoggingEvent> json(LoggerContext context) {
        JsonEncoder json = new JsonEncoder();
        json.setContext(context);
        json.setWithSequenceNumber(false);
        json.setWithNanoseconds(false);
        json.setWithContext(false);
        json.setWithMessage(false);
        json.setWithArguments(false);
        json.setWithFormattedMessage(true);
        json.start();
        return json;
    }

    /** A system property, else the environment variable (what logback.xml's {@code ${NAME}} looked up). */
    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .map(String::strip).filter(value -> !value.isEmpty());
    }
}
