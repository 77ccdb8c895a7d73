package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.utility.BotUtils;
import com.pengrad.telegrambot.model.Update;
import com.repairbot.adapter.telegram.UpdateMapper.Incoming;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An update from JSON to the application's inbound event, as long polling and the webhook do it: pengrad's
 * Gson parse of the update, then {@link UpdateMapper} (text, command or button press; the language; the
 * message whose button was pressed). It lives in the adapter's package because the mapper is the adapter's
 * own, not public API. The JSON is what the load rig's users send.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UpdateParsingBenchmark {

    private static final String TEXT = """
            {"update_id":4711,"message":{"message_id":57,"date":1764000000,"text":"Иванов Иван Петрович",\
            "chat":{"id":700000001,"type":"private","first_name":"User"},\
            "from":{"id":700000001,"is_bot":false,"first_name":"User","language_code":"ru"}}}""";

    private static final String PRESS = """
            {"update_id":4712,"callback_query":{"id":"7000000010000000057","chat_instance":"-77",\
            "data":"d:~skip","from":{"id":700000001,"is_bot":false,"first_name":"User","language_code":"ru"},\
            "message":{"message_id":56,"date":1764000000,"text":"Заметка?",\
            "chat":{"id":700000001,"type":"private","first_name":"User"},\
            "from":{"id":123456789,"is_bot":true,"first_name":"Bot"},\
            "reply_markup":{"inline_keyboard":[[{"text":"Пропустить","callback_data":"d:~skip"},\
            {"text":"Отмена","callback_data":"d:~cancel"}]]}}}}""";

    private UpdateMapper mapper;

    @Setup(Level.Trial)
    public void prepare() {
        mapper = new UpdateMapper(new ReplyKeyboards(), () -> Optional.of("rig123456789_bot"));
        if (textMessage().isEmpty() || buttonPress().flatMap(Incoming::callbackId).isEmpty()) {
            throw new IllegalStateException("the sample updates must map to a text and a button press");
        }
    }

    /** A typed answer: parse and map. */
    @Benchmark
    public Optional<Incoming> textMessage() {
        return mapper.map(BotUtils.parseUpdate(TEXT));
    }

    /** A button press with the message that carried it: parse and map. */
    @Benchmark
    public Optional<Incoming> buttonPress() {
        return mapper.map(BotUtils.parseUpdate(PRESS));
    }

    /** Only pengrad's JSON parse of the typed answer, to tell the two parts apart. */
    @Benchmark
    public Update parseOnly() {
        return BotUtils.parseUpdate(TEXT);
    }
}
