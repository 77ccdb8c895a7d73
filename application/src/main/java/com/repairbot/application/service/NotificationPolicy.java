package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.Staff;
import com.repairbot.domain.request.EditableField;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestEdited;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.StatusChanged;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is told what (docs/notifications.md). Decided inside the transaction of the change; a user's private chat has
 * the user's id, as in Telegram.
 */
final class NotificationPolicy {

    private final ApplicationSettings settings;
    private final Authorizer authorizer;
    private final Staff staff;

    NotificationPolicy(ApplicationSettings settings, Authorizer authorizer, Staff staff) {
        this.settings = settings;
        this.authorizer = authorizer;
        this.staff = staff;
    }

    /** A new request: all admins and dispatchers but its author, and the staff group. */
    List<Notification> created(RepairRequest request) {
        Set<ChatId> to = new LinkedHashSet<>();
        authorizer.holders(Role.ADMIN).forEach(id -> to.add(privateChat(id)));
        authorizer.holders(Role.DISPATCHER).forEach(id -> to.add(privateChat(id)));
        to.remove(privateChat(request.dispatcher()));
        settings.staffGroup().ifPresent(to::add);
        return to.stream().map(chat -> new Notification(chat, NotificationKind.REQUEST_CREATED,
                request.number(), "")).toList();
    }

    /**
     * A move: the technician's group (a new card) and private chat on assignment, the cards already posted brought
     * up to date, the author told on every change.
     */
    List<Notification> moved(RepairRequest request, StatusChanged event) {
        List<Notification> out = new ArrayList<>();
        Optional<ChatId> newCard = Optional.empty();
        if (event.to() == Status.ASSIGNED) {
            newCard = event.technician().flatMap(this::workGroup);
            event.technician().ifPresent(technician -> {
                workGroup(technician).ifPresent(group -> out.add(
                        new Notification(group, NotificationKind.REQUEST_ASSIGNED, request.number(), "")));
                out.add(new Notification(privateChat(technician), NotificationKind.ASSIGNED_TO_YOU,
                        request.number(), ""));
            });
        }
        Set<ChatId> cards = new LinkedHashSet<>();
        event.previousTechnician().flatMap(this::workGroup).ifPresent(cards::add);
        event.technician().flatMap(this::workGroup).ifPresent(cards::add);
        newCard.ifPresent(cards::remove);
        cards.forEach(group -> out.add(
                new Notification(group, NotificationKind.CARD_UPDATE, request.number(), "")));
        if (!event.previousTechnician().equals(event.technician()) && event.to() != Status.REFUSED) {
            event.previousTechnician().ifPresent(previous -> out.add(new Notification(privateChat(previous),
                    NotificationKind.UNASSIGNED_FROM_YOU, request.number(), "")));
        }
        if (!request.clientSide().fromClient() && !request.dispatcher().equals(event.by())) {
            out.add(new Notification(privateChat(request.dispatcher()), NotificationKind.STATUS_CHANGED,
                    request.number(), event.to().name()));
        }
        if (request.clientSide().cancelled() && event.to() == Status.REFUSED) {
            out.addAll(cancelledByClient(request, event));
        }
        toClient(request, event.by(), event.action()).ifPresent(out::add);
        return out;
    }

    /**
     * The client cancelled: every dispatcher and admin, the staff group and the technician who had it are told (the
     * card in the technician's group is brought up to date by {@link #moved}).
     */
    private List<Notification> cancelledByClient(RepairRequest request, StatusChanged event) {
        Set<ChatId> to = new LinkedHashSet<>();
        authorizer.holders(Role.ADMIN).forEach(id -> to.add(privateChat(id)));
        authorizer.holders(Role.DISPATCHER).forEach(id -> to.add(privateChat(id)));
        settings.staffGroup().ifPresent(to::add);
        event.previousTechnician().ifPresent(technician -> to.add(privateChat(technician)));
        to.remove(privateChat(event.by()));
        return to.stream().map(chat -> new Notification(chat, NotificationKind.CANCELLED_BY_CLIENT,
                request.number(), "")).toList();
    }

    /**
     * The client linked to the request is told of every change someone else made, in their own chat; the detail is
     * what happened (the move's intent, or {@code visit} for a new visit time).
     */
    private static Optional<Notification> toClient(RepairRequest request, UserId by, String what) {
        return request.clientSide().account().filter(client -> !client.equals(by)).map(client ->
                new Notification(privateChat(client), NotificationKind.CLIENT_UPDATE, request.number(), what));
    }

    /** A rating: the card in the technician's group shows it. */
    List<Notification> rated(RepairRequest request) {
        List<Notification> out = new ArrayList<>();
        request.technician().flatMap(this::workGroup).ifPresent(group -> out.add(
                new Notification(group, NotificationKind.CARD_UPDATE, request.number(), "")));
        return out;
    }

    /**
     * A request back in the pool because its technician was deactivated: every dispatcher and admin but the one
     * who did it and the author (whom {@link #moved} tells already), so that someone assigns it again.
     */
    List<Notification> backInPool(RepairRequest request, UserId by) {
        Set<UserId> to = new LinkedHashSet<>(authorizer.holders(Role.DISPATCHER));
        to.addAll(authorizer.holders(Role.ADMIN));
        to.remove(by);
        to.remove(request.dispatcher());
        return to.stream().map(user -> new Notification(privateChat(user), NotificationKind.STATUS_CHANGED,
                request.number(), request.status().name())).toList();
    }

    /**
     * A field edit: the card in the technician's group is brought up to date; when someone other than the author
     * made it (a technician rescheduling), the author is told.
     */
    List<Notification> edited(RepairRequest request, RequestEdited event) {
        List<Notification> out = new ArrayList<>();
        request.technician().flatMap(this::workGroup).ifPresent(group -> out.add(
                new Notification(group, NotificationKind.CARD_UPDATE, request.number(), "")));
        if (!request.clientSide().fromClient() && !request.dispatcher().equals(event.by())) {
            out.add(new Notification(privateChat(request.dispatcher()), NotificationKind.REQUEST_EDITED,
                    request.number(), event.field().code()));
        }
        if (event.field() == EditableField.VISIT) {
            toClient(request, event.by(), "visit").ifPresent(out::add);
        }
        return out;
    }

    /** The client is waiting: the technician, privately and in their group. */
    List<Notification> clientWaiting(RepairRequest request) {
        List<Notification> out = new ArrayList<>();
        request.technician().ifPresent(technician -> {
            out.add(new Notification(privateChat(technician), NotificationKind.CLIENT_WAITING, request.number(), ""));
            workGroup(technician).ifPresent(group -> out.add(
                    new Notification(group, NotificationKind.CLIENT_WAITING, request.number(), "")));
        });
        return out;
    }

    private Optional<ChatId> workGroup(UserId technician) {
        return staff.technician(technician).flatMap(t -> t.workGroup());
    }

    static ChatId privateChat(UserId user) {
        return new ChatId(user.value());
    }
}
