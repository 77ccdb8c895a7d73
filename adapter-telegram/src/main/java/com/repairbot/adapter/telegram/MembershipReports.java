package com.repairbot.adapter.telegram;

import com.repairbot.application.port.in.ChatMembershipCommand;
import com.repairbot.application.port.in.NoteChatMembershipUseCase;
import com.repairbot.domain.staff.ChatId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel's inbound side for what Telegram says about the bot's own membership ({@code my_chat_member}): a
 * person who blocked or unblocked it, a group that removed it or added it back. Each change is logged in one line
 * (the chat's id only) and handed to the application's in-port {@link NoteChatMembershipUseCase}, which marks the
 * chat unreachable or reachable again and tells the admins of a lost work group. A failure there (a store down) is
 * logged; the mark is then made by the next refused send.
 */
final class MembershipReports {

    private static final Logger log = LoggerFactory.getLogger(MembershipReports.class);

    private final Optional<NoteChatMembershipUseCase> application;

    /** @param application the core's in-port; empty when the channel was built without it (a check, a test) */
    MembershipReports(Optional<NoteChatMembershipUseCase> application) {
        this.application = application;
    }

    /** @param change the chat and whether the bot is in it now */
    void report(UpdateMapper.Membership change) {
        boolean person = change.chat() > 0;
        if (change.present()) {
            log.info(person ? "chat {} lets the bot write again" : "the bot is in group {} again", change.chat());
        } else {
            log.warn(person ? "chat {} blocked the bot: nothing more is sent there"
                    : "the bot was removed from group {}: nothing more is sent there", change.chat());
        }
        if (application.isEmpty()) {
            return;
        }
        try {
            application.get().membershipChanged(new ChatMembershipCommand(new ChatId(change.chat()),
                    change.present()));
        } catch (RuntimeException failed) {
            log.warn("the membership change of chat {} could not be recorded: {}", change.chat(),
                    failed.getClass().getSimpleName());
        }
    }
}
