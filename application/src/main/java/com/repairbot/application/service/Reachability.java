package com.repairbot.application.service;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.ChatMembershipCommand;
import com.repairbot.application.port.in.NoteChatMembershipUseCase;
import com.repairbot.application.port.out.DeliveryException;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.UnreachableChats;
import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.application.port.out.UnreachableMark.Reason;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.text.Messages;
import com.repairbot.application.text.Names;
import com.repairbot.application.text.NotificationLanguage;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who can be written to (spec §9): a chat Telegram refused for good, or whose membership says the bot is gone, is
 * marked in {@link UnreachableChats}; nothing is sent there until the mark clears (the person writes again, the
 * group adds the bot back). When a technician's work group or the staff group is lost, the admins are told once,
 * in the language notifications use ({@link NotificationLanguage}); the request cards and the technicians screen
 * show the mark. A mark is the chat's, whatever the role of the person (keyed by their Telegram user id).
 *
 * <p>Checking whether the person who just wrote was marked, or whether a notification's chat is, reads a snapshot
 * of the marks (there are few), taken again at most every {@link #SNAPSHOT_AGE} and at once after this process
 * marks or clears a chat, so that handling an update or sending a notification costs no extra read; a mark made by
 * another instance is seen within that time (a notification is dropped only after a fresh look).
 */
public final class Reachability implements NoteChatMembershipUseCase {

    static final Duration SNAPSHOT_AGE = Duration.ofSeconds(30);

    private final ApplicationSettings settings;
    private final Authorizer authorizer;
    private final Staff staff;
    private final UnreachableChats marks;
    private final Messenger messenger;
    private final Clock clock;
    private final NotificationLanguage languages;
    private volatile Set<Long> snapshot;
    private volatile Instant snapshotAt = Instant.MIN;

    /** Wires the rule to its ports. */
    public Reachability(ApplicationSettings settings, Authorizer authorizer, Staff staff, UnreachableChats marks,
                        Messenger messenger, Clock clock) {
        this.settings = settings;
        this.authorizer = authorizer;
        this.staff = staff;
        this.marks = marks;
        this.messenger = messenger;
        this.clock = clock;
        this.languages = new NotificationLanguage(staff);
    }

    @Override
    public void membershipChanged(ChatMembershipCommand command) {
        if (command.present()) {
            reachable(command.chat());
        } else {
            lost(command.chat(), command.privateChat() ? Reason.BLOCKED : Reason.REMOVED);
        }
    }

    /**
     * Telegram refused a message to that chat for good, or said the bot is gone from it: the chat is marked; the
     * admins are told when it is a work group or the staff group that was not marked yet.
     */
    public void lost(ChatId chat, Reason reason) {
        boolean known = marks.find(chat).isPresent();
        marks.mark(new UnreachableMark(chat, reason, clock.instant()));
        snapshot = null; // read again at the next check
        if (!known && chat.value() < 0) {
            tellAdmins(chat);
        }
    }

    /**
     * Asked before every notification. The snapshot answers "not marked" (nearly always) without a read; a chat the
     * snapshot holds is looked up again before anything is dropped, so a mark cleared meanwhile — by another
     * instance too — loses nothing. A chat marked by another instance since the snapshot is sent to and refused,
     * as it would have been a moment earlier. (A read per notification was half the relay's samples, issue 19.)
     *
     * @return whether nothing may be sent to that chat (it is marked)
     */
    public boolean unreachable(ChatId chat) {
        return marked().contains(chat.value()) && marks.find(chat).isPresent();
    }

    /**
     * A person wrote to the bot in their private chat: they can be written to again.
     *
     * @param person who wrote
     */
    public void wrote(UserId person) {
        if (marked().contains(person.value())) {
            reachable(new ChatId(person.value()));
        }
    }

    private void reachable(ChatId chat) {
        if (marks.clear(chat)) {
            snapshot = null;
        }
    }

    private Set<Long> marked() {
        Set<Long> now = snapshot;
        Instant at = clock.instant();
        if (now == null || snapshotAt.plus(SNAPSHOT_AGE).isBefore(at)) {
            now = marks.all().stream().map(mark -> mark.chat().value()).collect(Collectors.toUnmodifiableSet());
            snapshot = now;
            snapshotAt = at;
        }
        return now;
    }

    /** @return the mark of a person's private chat (a client who blocked the bot), if any */
    public Optional<UnreachableMark> ofPerson(UserId person) {
        return marks.find(new ChatId(person.value()));
    }

    /** @return the marks of a technician: their private chat and their work group */
    public List<UnreachableMark> of(Technician technician) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(new ChatId(technician.id().value())),
                        technician.workGroup().stream())
                .map(marks::find).flatMap(Optional::stream).toList();
    }

    private void tellAdmins(ChatId group) {
        boolean staffGroup = settings.staffGroup().filter(group::equals).isPresent();
        List<UserId> owners = staff.technicians().stream()
                .filter(t -> t.workGroup().filter(group::equals).isPresent())
                .map(t -> t.id()).toList();
        if (!staffGroup && owners.isEmpty()) {
            return; // a group the bot has no business in
        }
        for (UserId admin : authorizer.holders(Role.ADMIN)) {
            ChatId chat = new ChatId(admin.value());
            if (marks.find(chat).isPresent()) {
                continue; // an admin who blocked the bot is not written to
            }
            Messages m = languages.of(chat);
            Names names = languages.names(chat);
            String text = staffGroup ? m.get("unreachable.staff_group_lost", group.value())
                    : m.get("unreachable.work_group_lost", group.value(),
                            String.join(", ", owners.stream().map(names::of).toList()));
            try {
                messenger.send(chat, Outbound.text(text));
            } catch (DeliveryException unsent) {
                unsent.unreachable().ifPresent(reason -> lost(chat, reason));
                // otherwise the mark stays, shown on the request cards and the technicians screen
            }
        }
    }
}
