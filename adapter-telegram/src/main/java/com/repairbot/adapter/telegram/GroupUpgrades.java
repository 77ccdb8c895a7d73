package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.repairbot.application.port.in.MoveWorkGroupCommand;
import com.repairbot.application.port.in.MoveWorkGroupUseCase;
import com.repairbot.application.port.in.MoveWorkGroupResult;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups that Telegram upgraded to supergroups. The chat id changes with the upgrade: Telegram says so by a
 * service message ({@code migrate_to_chat_id} in the old group, {@code migrate_from_chat_id} in the new one)
 * and by refusing every later call to the old id (400 with {@code parameters.migrate_to_chat_id}). Either way
 * the application is told once ({@link MoveWorkGroupUseCase}: technicians rebound, old cards forgotten), and
 * from then on whatever is sent to the old id goes to the new one, so nothing is dropped; the configured staff
 * group ({@code GROUP_CHAT_ID}) cannot be rewritten from here, so the operator is told in one WARN line.
 */
final class GroupUpgrades {

    private static final Logger log = LoggerFactory.getLogger(GroupUpgrades.class);
    /** A chain of upgrades is not possible (a supergroup is never upgraded again); this only guards a cycle. */
    private static final int MOST_HOPS = 4;

    /** A group's move to its new id. */
    record Move(long from, long to) {
    }

    private final Map<Long, Long> moved = new ConcurrentHashMap<>();
    private final Set<Long> followed = ConcurrentHashMap.newKeySet();
    private final AtomicReference<MoveWorkGroupUseCase> application = new AtomicReference<>();
    private final Supplier<UserId> bot;

    /** @param bot the bot's own user id: the application records the move against it (a system action) */
    GroupUpgrades(Supplier<UserId> bot) {
        this.bot = bot;
    }

    /** From now on moves are reported to this use case (the core exists only after the channel). */
    void reportTo(MoveWorkGroupUseCase useCase) {
        application.set(useCase);
    }

    /** @return the move a service message announces; empty for any other update */
    static Optional<Move> announced(Update update) {
        Message message = update == null ? null : update.message();
        if (message == null || message.chat() == null || message.chat().id() == null) {
            return Optional.empty();
        }
        long chat = message.chat().id();
        Long to = message.migrateToChatId();
        if (to != null && to != 0 && to != chat) {
            return Optional.of(new Move(chat, to));
        }
        Long from = message.migrateFromChatId();
        if (from != null && from != 0 && from != chat) {
            return Optional.of(new Move(from, chat));
        }
        return Optional.empty();
    }

    /** @return where a message for that chat goes now: the chat itself unless it was upgraded */
    long current(long chat) {
        long now = chat;
        for (int hop = 0; hop < MOST_HOPS; hop++) {
            Long next = moved.get(now);
            if (next == null) {
                return now;
            }
            now = next;
        }
        return now;
    }

    /**
     * Follows a move: later sends to the old id go to the new one at once, and the application rebinds what
     * pointed at the old id. A move reported again (both service messages, then a refused send) is told to the
     * application only until it took it; a failure there (a store down) is logged and tried on the next report.
     */
    void follow(Move move) {
        if (moved.putIfAbsent(move.from(), move.to()) == null) {
            log.info("chat {} was upgraded to the supergroup {}: messages for it go there", move.from(), move.to());
        }
        MoveWorkGroupUseCase useCase = application.get();
        if (useCase == null || followed.contains(move.from())) {
            return;
        }
        try {
            MoveWorkGroupResult result = useCase.move(new MoveWorkGroupCommand(bot.get(), new ChatId(move.from()),
                    new ChatId(move.to())));
            if (followed.add(move.from())) {
                log.info("chat {} -> {}: {} technician(s) rebound, {} card(s) of the old chat forgotten",
                        move.from(), move.to(), result.rebound().size(), result.cardsForgotten());
                if (result.staffGroup()) {
                    log.warn("the staff group (GROUP_CHAT_ID={}) was upgraded to a supergroup: set GROUP_CHAT_ID={}"
                            + " and restart; until then its messages are sent to {}", move.from(), move.to(),
                            move.to());
                }
            }
        } catch (RuntimeException failed) {
            log.warn("chat {} -> {}: the work groups could not be moved now, tried again on the next report: {}",
                    move.from(), move.to(), failed.getClass().getSimpleName());
        }
    }
}
