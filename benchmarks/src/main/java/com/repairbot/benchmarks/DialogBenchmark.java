package com.repairbot.benchmarks;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.dialog.DialogEngine;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
 * The dialog engine's share of an update, with every store in memory (so that only the engine is measured; the
 * stores have benchmarks and rig runs of their own): a dispatcher in the create-request dialog types the
 * problem description (read, checked, saved, the next question built), then presses Back (the question about
 * the description again). One operation is those two steps.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DialogBenchmark {

    private static final UserId DISPATCHER = new UserId(2);
    private static final ChatId CHAT = new ChatId(2);

    private DialogEngine engine;
    private Inbound description;
    private Inbound back;

    @Setup(Level.Trial)
    public void prepare() {
        Clock clock = Clock.systemUTC();
        ApplicationSettings settings = ApplicationSettings.defaults(Set.of(new UserId(1)), Set.of(DISPATCHER));
        Core core = Core.builder(settings, Stores.inMemory(clock, Duration.ofHours(48)))
                .messenger((chat, message) -> { }).clock(clock).ids(() -> UUID.randomUUID().toString()).assemble();
        engine = core.engine();
        description = inbound(new Input.Text("Не отжимает бельё, сильно шумит при сливе воды"));
        back = inbound(new Input.Command("back", ""));
        // into the dialog, up to the description: /new, then the first appliance offered
        List<Outbound> menu = engine.handle(inbound(new Input.Command("new", "")));
        engine.handle(inbound(new Input.Choice(firstChoice(menu))));
        List<Outbound> asked = engine.handle(inbound(new Input.Text("+79990000001"))); // the phone, then the description
        String question = asked.get(asked.size() - 1).text();
        String nextQuestion = answerThenBack().text();
        if (!nextQuestion.equals(question)) {
            throw new IllegalStateException("the operation must come back to the description question, not: "
                    + nextQuestion);
        }
    }

    /** The description typed, then Back: two dialog steps, each a load, a check, a save and a question. */
    @Benchmark
    public Outbound answerThenBack() {
        List<Outbound> next = engine.handle(description);
        if (next.size() != 1) {
            throw new IllegalStateException("the description was not taken: " + next);
        }
        List<Outbound> again = engine.handle(back);
        return again.get(again.size() - 1);
    }

    private static String firstChoice(List<Outbound> replies) {
        for (Outbound reply : replies) {
            Optional<String> data = reply.options().stream().flatMap(List::stream)
                    .map(option -> option.data())
                    .filter(d -> CallbackData.parse(d) instanceof CallbackData.DialogAnswer answer
                            && !answer.value().startsWith("~")).findFirst();
            if (data.isPresent()) {
                return data.get();
            }
        }
        throw new IllegalStateException("no appliance offered in " + replies);
    }

    private static Inbound inbound(Input input) {
        return new Inbound(CHAT, DISPATCHER, Messages.RUSSIAN, input);
    }
}
