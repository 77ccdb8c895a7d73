package com.repairbot.adapter.sqlite;

import com.repairbot.domain.request.RequestNumber;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The JVM that {@link SqliteDurabilityIT} kills. Opens the database file given as the first argument and
 * prints {@code CONFIRMED <number>} only after a use case has returned (its unit is committed), then:
 * <ul>
 *   <li>{@code one}: creates one request and assigns it, then sleeps until killed;</li>
 *   <li>{@code stream}: creates requests on four threads until killed.</li>
 * </ul>
 */
public final class DurabilityChild {

    static final String CONFIRMED = "CONFIRMED ";
    static final String READY = "READY";

    private DurabilityChild() {
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        SqliteDatabase database = SqliteDatabase.open(Path.of(args[0]), 2);
        CoreOnSqlite shop = new CoreOnSqlite(database, Clock.systemUTC());
        shop.hire(0);
        say(READY);
        if (args[1].equals("one")) {
            RequestNumber number = shop.create(1).number();
            shop.assign(number, 0);
            say(CONFIRMED + number.value());
            Thread.sleep(Long.MAX_VALUE);
        } else {
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                writers.add(Thread.ofPlatform().start(() -> {
                    for (int j = 0; ; j++) {
                        RequestNumber number = shop.create(thread * 1000 + j % 1000).number();
                        if (j % 2 == 0) {
                            shop.assign(number, 0); // some requests with a second history row
                        }
                        say(CONFIRMED + number.value());
                    }
                }));
            }
            for (Thread writer : writers) {
                writer.join();
            }
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Only the protocol lines on stdout, please. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
