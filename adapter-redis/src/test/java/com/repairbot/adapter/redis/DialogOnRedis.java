package com.repairbot.adapter.redis;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.dialog.DialogEngine;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The real core with its dialogs kept in the given store (Redis) and everything else in memory, driven as a
 * channel would: every call is one update from a person in their private chat (chat id = user id).
 */
final class DialogOnRedis {

    static final long ADMIN = 100;
    static final long DISPATCHER = 200;

    /** The answers of a complete, valid create dialog, in order (notes and visit skipped). */
    static final List<Input> CREATE_REQUEST = createRequest("+79991234567");

    /**
     * @param phone the client's phone: one never used before, so that no earlier client is offered
     * @return the answers of a complete, valid create dialog, in order (notes and visit skipped)
     */
    static List<Input> createRequest(String phone) {
        return List.of(
                new Input.Command("new", ""),
                new Input.Choice("d:washing_machine"),
                new Input.Text(phone),
                new Input.Text("Не сливает воду, гудит"),
                new Input.Text("Иванов Иван"),
                new Input.Text("г. Москва, ул. Ленина, д. 5, кв. 12"),
                new Input.Choice("d:~skip"),
                new Input.Choice("d:~skip"),
                new Input.Choice("d:~confirm"));
    }

    final Stores stores;
    private final Core core;
    private List<Outbound> lastReplies = List.of();

    DialogOnRedis(ConversationStore conversations) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
        Stores memory = Stores.inMemory(clock, Duration.ofHours(48));
        this.stores = memory.withConversations(conversations);
        this.core = Core.builder(ApplicationSettings.defaults(Set.of(new UserId(ADMIN)),
                        Set.of(new UserId(DISPATCHER))), stores)
                .messenger((chat, message) -> { }).clock(clock).ids(() -> UUID.randomUUID().toString())
                .assemble();
    }

    /** @return the replies to one update, all texts joined */
    String send(long user, Input input) {
        List<Outbound> replies = core.engine().handle(new Inbound(new ChatId(user), new UserId(user),
                Messages.RUSSIAN, current(user, input)));
        lastReplies = replies;
        return replies.stream().map(Outbound::text).collect(Collectors.joining("\n"));
    }

    /**
     * A dialog answer written without its dialog ({@code d:~skip}) is the option with that value on the last replies
     * (read from them, so that no Redis command is added to what the tests count); a bot that has not answered yet
     * (a restarted one) reads the dialog's instance and step from the store.
     */
    private Input current(long user, Input input) {
        if (input instanceof Input.Choice choice
                && CallbackData.parse(choice.data()) instanceof CallbackData.DialogAnswer answer
                && answer.dialog().isEmpty()) {
            java.util.Optional<String> shown = lastReplies.stream().flatMap(reply -> reply.options().stream())
                    .flatMap(List::stream).map(option -> option.data())
                    .filter(data -> CallbackData.parse(data) instanceof CallbackData.DialogAnswer offered
                            && offered.value().equals(answer.value()))
                    .findFirst();
            if (shown.isPresent()) {
                return new Input.Choice(shown.get());
            }
            Map<String, String> data = stores.conversations()
                    .load(new ConversationKey(new ChatId(user), new UserId(user)))
                    .map(Conversation::data).orElse(Map.of());
            return new Input.Choice(new CallbackData.DialogAnswer(data.getOrDefault(DialogEngine.INSTANCE, ""),
                    Long.parseLong(data.getOrDefault(DialogEngine.STEP_VERSION, "0")), answer.value()).render());
        }
        return input;
    }

    int requestCount() {
        return stores.requests().count(Set.of());
    }

    static String unavailable() {
        return Messages.forLanguage(Messages.RUSSIAN).get("error.unavailable");
    }
}
