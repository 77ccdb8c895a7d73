package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeTelegram;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** A dispatcher entering a repair request through Telegram, step by step, and the bot's environment for it. */
final class CreateRequestScript {

    static final long ADMIN = 1000;
    static final long DISPATCHER = 1001;
    static final String CLIENT_NAME = "Иванов Иван";
    static final String CLIENT_ADDRESS = "г. Москва, ул. Ленина, д. 5, кв. 12";
    static final String CLIENT_PHONE_TYPED = "8 999 123-45-67";
    /** Notes with what a burglar would like to know. */
    static final String CLIENT_NOTES = "Домофон 4521, собака во дворе";
    /** What must never be in a log line: the client's data in every form it was typed or stored in. */
    static final String[] CLIENT_DATA = {"Иванов", "Ленина", "9991234567", "999 123-45-67", "+79991234567",
        "Домофон", "4521", "Не сливает воду"};

    private CreateRequestScript() {
    }

    /** The environment of a bot on the fake Bot API, its data in {@code folder}. */
    static Map<String, String> environment(FakeTelegram telegram, Path folder) {
        return environment(telegram, folder, DISPATCHER);
    }

    /** The same with another dispatcher (a test sharing a Redis with other runs uses its own). */
    static Map<String, String> environment(FakeTelegram telegram, Path folder, long dispatcher) {
        Map<String, String> env = new HashMap<>();
        env.put("BOT_TOKEN", FakeTelegram.TOKEN);
        env.put("TELEGRAM_API_URL", telegram.url().toString());
        env.put("DATABASE_PATH", folder.resolve("repair-bot.db").toString());
        env.put("ADMIN_IDS", Long.toString(ADMIN));
        env.put("DISPATCHER_IDS", Long.toString(dispatcher));
        env.put("HTTP_PORT", "0");
        env.put("BACKUP_EVERY", "off");
        return env;
    }

    /** /new, the equipment, the phone and the description: the dialog then waits for the client's name. */
    static void startUntilTheName(FakeTelegram telegram) {
        startUntilTheName(telegram, DISPATCHER);
    }

    static void startUntilTheName(FakeTelegram telegram, long dispatcher) {
        telegram.say(dispatcher, dispatcher, "/new");
        assertThat(telegram.lastText(dispatcher)).contains("Шаг 1 из 8");
        telegram.press(dispatcher, dispatcher, "Стиральная машина");
        telegram.say(dispatcher, dispatcher, CLIENT_PHONE_TYPED);
        if (telegram.lastText(dispatcher).contains("уже обращался")) {
            telegram.press(dispatcher, dispatcher, "Ввести заново"); // a returning client: type the name again
        }
        telegram.say(dispatcher, dispatcher, "Не сливает воду, ошибка E21");
        assertThat(telegram.lastText(dispatcher)).contains("Шаг 4 из 8");
    }

    /**
     * Makes every insert of a repair request fail from now on, as a full disk or a broken file would: the
     * database's error then comes up with the client's data in the statement's arguments.
     */
    static void refuseNewRequests(Path folder) throws SQLException {
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("repair-bot.db"));
             Statement statement = sqlite.createStatement()) {
            statement.execute("CREATE TRIGGER refuse_requests BEFORE INSERT ON requests"
                    + " BEGIN SELECT RAISE(ABORT, 'disk I/O error (staged by the test)'); END");
        }
    }

    /** From the name to Confirm, with notes typed in: Confirm is pressed, nothing awaited after it. */
    static void confirmWithNotes(FakeTelegram telegram, long dispatcher) {
        telegram.say(dispatcher, dispatcher, CLIENT_NAME);
        telegram.say(dispatcher, dispatcher, CLIENT_ADDRESS);
        assertThat(telegram.lastText(dispatcher)).contains("Шаг 6 из 8");
        telegram.say(dispatcher, dispatcher, CLIENT_NOTES);
        telegram.press(dispatcher, dispatcher, "Пропустить");
        assertThat(telegram.lastText(dispatcher)).contains("Шаг 8 из 8");
        telegram.press(dispatcher, dispatcher, "Подтвердить");
    }

    /** From the name to Confirm: the request is created. */
    static void finishFromTheName(FakeTelegram telegram) {
        telegram.say(DISPATCHER, DISPATCHER, CLIENT_NAME);
        finishFromTheAddress(telegram);
    }

    /** From the address to Confirm: the request is created. */
    static void finishFromTheAddress(FakeTelegram telegram) {
        finishFromTheAddress(telegram, DISPATCHER);
    }

    static void finishFromTheAddress(FakeTelegram telegram, long dispatcher) {
        telegram.say(dispatcher, dispatcher, CLIENT_ADDRESS);
        assertThat(telegram.lastText(dispatcher)).contains("Шаг 6 из 8");
        telegram.press(dispatcher, dispatcher, "Пропустить");
        telegram.press(dispatcher, dispatcher, "Пропустить");
        assertThat(telegram.lastText(dispatcher)).contains("Шаг 8 из 8");
        telegram.press(dispatcher, dispatcher, "Подтвердить");
        telegram.await(() -> telegram.texts(dispatcher).stream().anyMatch(t -> t.contains("Заявка #1 создана")),
                "the request to be created");
    }
}
