package com.repairbot.example;

// README:begin
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** A channel of your own (a web chat, SMS, another messenger) on top of the core. */
public final class EmbeddingExample {

    public static Core core() {
        var settings = ApplicationSettings.defaults(Set.of(new UserId(1)), Set.of(new UserId(2)));
        var clock = Clock.systemUTC();
        var stores = Stores.inMemory(clock, Duration.ofHours(48));   // or your own implementations of the ports
        return Core.builder(settings, stores)
                .messenger((chat, message) -> System.out.println(chat + ": " + message.text()))   // yours
                .clock(clock)
                .ids(() -> UUID.randomUUID().toString())
                .assemble();
    }

    /** Your channel maps its message to an Inbound and renders the Outbound replies its own way. */
    public static List<Outbound> onMessage(Core core, long userId, String text) {
        Input input = text.startsWith("/") ? new Input.Command(text.substring(1), "") : new Input.Text(text);
        List<Outbound> replies = core.engine().handle(
                new Inbound(new ChatId(userId), new UserId(userId), Locale.forLanguageTag("ru"), input));
        core.relay().deliverDue(100);   // notifications for other people, through your Messenger
        return replies;
    }
}
// README:end
