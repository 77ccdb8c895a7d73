package com.repairbot.adapter.telegram;

import com.repairbot.application.port.in.MoveWorkGroupCommand;
import com.repairbot.application.port.in.MoveWorkGroupResult;
import com.repairbot.application.port.in.MoveWorkGroupUseCase;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel's inbound side for what Telegram says about chats: a group upgraded to a supergroup is an event
 * that comes in (as a service message, or as the answer to a send), and this is where it enters the
 * application, through its in-port {@link MoveWorkGroupUseCase} (technicians rebound, old cards forgotten).
 * The sending side only records the move in {@link GroupUpgrades} and hands it here; it never drives the core.
 * A move reported again (both service messages, then a refused send) reaches the application until it took
 * it; a failure there (a store down) is logged and tried on the next report. The configured staff group
 * ({@code GROUP_CHAT_ID}) cannot be rewritten from here, so the operator is told in one WARN line.
 */
final class GroupMoveReports {

    private static final Logger log = LoggerFactory.getLogger(GroupMoveReports.class);

    private final Optional<MoveWorkGroupUseCase> application;
    private final Supplier<UserId> bot;
    private final Set<Long> followed = ConcurrentHashMap.newKeySet();

    /**
     * @param application the core's in-port; empty when the channel was built without it (a check, a test)
     * @param bot         the bot's own user id: the application records the move against it (a system action)
     */
    GroupMoveReports(Optional<MoveWorkGroupUseCase> application, Supplier<UserId> bot) {
        this.application = application;
        this.bot = bot;
    }

    /** @param move a group's move to its new id, as Telegram told it */
    void report(GroupUpgrades.Move move) {
        if (application.isEmpty() || followed.contains(move.from())) {
            return;
        }
        try {
            MoveWorkGroupResult result = application.get().move(new MoveWorkGroupCommand(bot.get(),
                    new ChatId(move.from()), new ChatId(move.to())));
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
