package com.repairbot.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Every format masks the message, its arguments, the MDC and the exception texts, causes included. */
class MaskingEncoderTest {

    private static final String TOKEN = "1234567890:AAfakeTokenForMaskingTestsOnly_xxxxx";
    private static final String PHONE = "+79991234567";
    private static final String EMAIL = "ivanov@example.org";

    private final LoggerContext context = new LoggerContext();
    private final Logger logger = context.getLogger("com.repairbot.Test");

    @Test
    void the_text_format_shows_no_token_phone_or_email_in_the_message_or_the_exception() {
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger - %msg %mdc%n%ex");

        String line = encode(text, leakyEvent());

        assertThat(line).contains("<bot-token>", "+7******4567", "IllegalStateException", "Caused by")
                .doesNotContain(TOKEN).doesNotContain(TOKEN.split(":")[1]).doesNotContain(PHONE)
                .doesNotContain("9991234567").doesNotContain(EMAIL);
    }

    @Test
    void the_json_format_shows_no_token_phone_or_email_anywhere_and_keeps_its_timestamp() {
        JsonEncoder json = new JsonEncoder();

        String line = encode(json, leakyEvent());

        assertThat(line).startsWith("{").contains("\"timestamp\":1795490000123").contains("<bot-token>")
                .contains("+7******4567").doesNotContain(TOKEN).doesNotContain(TOKEN.split(":")[1])
                .doesNotContain(PHONE).doesNotContain("9991234567").doesNotContain(EMAIL);
    }

    @Test
    void log_masking_removes_tokens_before_the_pii_scanner_sees_their_digits() {
        assertThat(LogMasking.mask("url /bot" + TOKEN + "/getMe")).isEqualTo("url /bot<bot-token>/getMe");
        assertThat(LogMasking.mask("call 8 999 123-45-67 now")).isEqualTo("call 8 *** ***-45-67 now");
        assertThat(LogMasking.mask(null)).isNull();
        assertThat(LogMasking.mask("update 123456 of chat 501")).isEqualTo("update 123456 of chat 501");
    }

    @Test
    void a_dialogs_json_keeps_no_name_address_description_or_notes() {
        String dump = "SET fsm:1:1:data {\"address\":\"г. Москва, ул. Ленина, д. 5, кв. 12\",\"description\":"
                + "\"Не сливает воду\",\"name\":\"Иванов Иван\",\"notes\":\"Домофон 4521\",\"phone\":"
                + "\"+79991234567\",\"equipment\":\"washing_machine\"}";

        assertThat(LogMasking.mask(dump)).isEqualTo("SET fsm:1:1:data {\"address\":\"г. Москва, ул. Лен***\","
                + "\"description\":\"***\",\"name\":\"И***в И***\",\"notes\":\"***\",\"phone\":"
                + "\"+7******4567\",\"equipment\":\"washing_machine\"}");
        // the same JSON inside a JSON string (quotes escaped once)
        assertThat(LogMasking.mask("{\\\"text\\\":\\\"Домофон 4521\\\"}")).isEqualTo("{\\\"text\\\":\\\"***\\\"}");
    }

    @Test
    void a_failed_statement_keeps_its_sql_but_not_its_arguments() {
        String jdbi = "SQLiteException: [SQLITE_FULL] [statement:\"INSERT INTO requests (client_name) VALUES"
                + " (:client_name)\", arguments:{named:{client_name:Иванов Иван,notes:Домофон {4521}}}]";

        assertThat(LogMasking.mask(jdbi)).isEqualTo("SQLiteException: [SQLITE_FULL] [statement:\"INSERT INTO requests"
                + " (client_name) VALUES (:client_name)\", arguments:{***}]");
    }

    private ILoggingEvent leakyEvent() {
        Exception cause = new RuntimeException("connect to https://api.telegram.org/bot" + TOKEN + "/sendMessage");
        Exception failure = new IllegalStateException("client " + PHONE + " wrote from " + EMAIL, cause);
        MDC.put("client", PHONE);
        try {
            LoggingEvent event = new LoggingEvent("fqcn", logger, Level.ERROR, "token {} phone {}", failure,
                    new Object[] {TOKEN, PHONE});
            event.setTimeStamp(1795490000123L);
            event.setMDCPropertyMap(Map.of("client", PHONE));
            return event;
        } finally {
            MDC.remove("client");
        }
    }

    private String encode(Encoder<ILoggingEvent> inner, ILoggingEvent event) {
        inner.setContext(context);
        MaskingEncoder masking = new MaskingEncoder();
        masking.setContext(context);
        masking.setEncoder(inner);
        masking.start();
        try {
            return new String(masking.encode(event), StandardCharsets.UTF_8);
        } finally {
            masking.stop();
        }
    }
}
