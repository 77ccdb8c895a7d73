package com.repairbot.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps the libraries' loggers at {@code INFO} or above whatever {@code LOG_LEVEL} says: their DEBUG and TRACE
 * lines are dumps of what passes through them (Lettuce writes every command with its arguments — a dialog's
 * JSON with the client's name, address and notes —, sqlite-jdbc and Jdbi their statements, Netty its buffers).
 * {@code LOG_LEVEL=DEBUG} or {@code TRACE} opens repair-bot's own loggers only. Above the cap the usual levels
 * apply ({@code LOG_LEVEL=WARN} still silences a library's INFO). As a turbo filter it also answers
 * {@code isDebugEnabled()}, so a library does not even build the lines it would not be allowed to write.
 * Set up by {@link LoggingSetup}.
 */
public final class LibraryLevelCap extends TurboFilter {

    private String own = "com.repairbot";
    private Level lowest = Level.INFO;

    /** @param prefix the package whose loggers are the application's own (default {@code com.repairbot}) */
    public void setOwn(String prefix) {
        this.own = prefix;
    }

    /** @param level the lowest level a library may log at (default {@code INFO}) */
    public void setLowest(String level) {
        this.lowest = Level.toLevel(level, Level.INFO);
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level == null || level.isGreaterOrEqual(lowest) || ours(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        return FilterReply.DENY;
    }

    private boolean ours(String name) {
        return name.startsWith(own) && (name.length() == own.length() || name.charAt(own.length()) == '.');
    }
}
