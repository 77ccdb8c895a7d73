package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.out.CardPlacement;
import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.PostedMessage;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.text.Cards;
import com.repairbot.application.text.Messages;
import com.repairbot.application.text.Names;
import com.repairbot.application.text.NotificationLanguage;
import com.repairbot.domain.request.PhoneVisibility;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;

/**
 * The request card in a technician's work group: posted on assignment, remembered where it went, and edited in
 * place on every change (posted anew when the old one cannot be edited). Its buttons are what the technician may
 * do now; the client's phone shows from ONSITE on. In a group whose technician no longer has the request, the
 * card says so, without the phone and without buttons.
 */
final class TechnicianCards {

    private final ApplicationSettings settings;
    private final Staff staff;
    private final CardPlacements placements;
    private final Messenger messenger;
    private final NotificationLanguage languages;

    TechnicianCards(ApplicationSettings settings, Staff staff, CardPlacements placements, Messenger messenger) {
        this.settings = settings;
        this.languages = new NotificationLanguage(staff);
        this.staff = staff;
        this.placements = placements;
        this.messenger = messenger;
    }

    static boolean handles(NotificationKind kind) {
        return kind == NotificationKind.REQUEST_ASSIGNED || kind == NotificationKind.CARD_UPDATE;
    }

    /** Posts or updates the card the notification is about. */
    void deliver(Notification notification, RepairRequest request) {
        Outbound card = render(notification, request);
        Optional<CardPlacement> posted = placements.find(request.number(), notification.recipient());
        Optional<PostedMessage> now;
        if (notification.kind() == NotificationKind.CARD_UPDATE) {
            if (posted.isEmpty()) {
                return; // no card was posted in that chat: nothing to bring up to date
            }
            now = messenger.replace(posted.get().message(), card);
        } else {
            now = messenger.post(notification.recipient(), card);
        }
        now.ifPresent(where -> placements.remember(new CardPlacement(request.number(), where)));
    }

    Outbound render(Notification notification, RepairRequest request) {
        Messages m = languages.of(notification.recipient());
        Names names = new Names(staff::person, m);
        long n = request.number().value();
        Optional<UserId> owner = request.technician()
                .filter(t -> staff.technician(t).flatMap(Technician::workGroup).map(notification.recipient()::equals)
                        .orElse(false) || isPrivateChat(t, notification.recipient()));
        String headline;
        if (owner.isEmpty()) {
            headline = m.get("notify.CARD_TAKEN", n);
        } else if (notification.kind() == NotificationKind.REQUEST_ASSIGNED) {
            headline = m.get("notify.REQUEST_ASSIGNED", n, names.of(owner.get()));
        } else {
            headline = m.get("notify.CARD_UPDATE", n, m.status(request.status()));
        }
        boolean phoneVisible = PhoneVisibility.visible(owner.isPresent() ? PhoneVisibility.Viewer.ASSIGNED_TECHNICIAN
                : PhoneVisibility.Viewer.SOMEONE_ELSE, request);
        String text = headline + "\n\n" + new Cards(m, settings.zone(), names).summary(request, phoneVisible);
        if (owner.isEmpty()) {
            return Outbound.withOptions(text, List.of());
        }
        List<List<Option>> rows = CardButtons.forTechnician(m, settings.transitions(), request, owner.get());
        return Outbound.withOptions(text, rows);
    }

    private static boolean isPrivateChat(UserId user, ChatId chat) {
        return chat.value() == user.value();
    }
}
