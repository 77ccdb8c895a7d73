package com.repairbot.application.service;

import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.Transition;
import com.repairbot.domain.request.TransitionTable;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The buttons of a request card, made in one place for every place that shows one (the card screen, the card in a
 * work group, a notification): one button per move the table gives the reader now ({@code action.<intent>}), the
 * card's other actions the reader may take, two to a row, and Refresh last (on the card screen with "To a file").
 */
public final class CardButtons {

    /** The card's actions that are not moves. */
    public enum Extra {
        RESCHEDULE("resched", "action.reschedule"),
        NOTES("notes", "action.notes"),
        EDIT("edit", "action.edit"),
        PING("ping", "action.ping");

        private final String action;
        private final String label;

        Extra(String action, String label) {
            this.action = action;
            this.label = label;
        }

        /** @return the action its button carries */
        public String action() {
            return action;
        }
    }

    /** The button data that shows the card again. */
    public static final String CARD = "card";
    /** The button data that gives the card with its full history as a file (on the card screen). */
    public static final String FILE = "file";

    private CardButtons() {
    }

    /** @return the buttons of the card a person opened: the moves and actions the query found for them */
    public static List<List<Option>> forViewer(Messages m, RequestCardView view, Actor viewer) {
        List<Extra> extras = new ArrayList<>();
        boolean working = EnumSet.of(Status.ASSIGNED, Status.ACCEPTED, Status.ONSITE, Status.LONG_REPAIR)
                .contains(view.request().status());
        if (working && view.mayEdit()) {
            extras.add(Extra.RESCHEDULE);
        }
        if (view.mayEdit()) {
            extras.add(Extra.NOTES);
        }
        if (view.mayEdit() && viewer.isOffice()) {
            extras.add(Extra.EDIT);
        }
        if (view.mayPing()) {
            extras.add(Extra.PING);
        }
        return rows(m, view.request().number(), view.moves(), extras, true);
    }

    /** @return the buttons of a card the assigned technician reads: the moves the table gives them now */
    public static List<List<Option>> forTechnician(Messages m, TransitionTable table, RepairRequest request,
                                                   UserId technician) {
        return rows(m, request.number(), table.available(Actor.of(technician, Role.TECHNICIAN), request), List.of(),
                false);
    }

    /** @return only Refresh */
    public static List<List<Option>> refreshOnly(Messages m, RequestNumber number) {
        return rows(m, number, List.of(), List.of(), false);
    }

    private static List<List<Option>> rows(Messages m, RequestNumber number, List<Transition> moves,
                                           List<Extra> extras, boolean file) {
        long n = number.value();
        List<Option> actions = new ArrayList<>();
        moves.forEach(move -> actions.add(new CallbackData.RequestButton(n, move.action())
                .option(m.get("action." + move.action()))));
        extras.forEach(extra -> actions.add(new CallbackData.RequestButton(n, extra.action).option(m.get(extra.label))));
        List<List<Option>> rows = new ArrayList<>();
        for (int i = 0; i < actions.size(); i += 2) {
            rows.add(actions.subList(i, Math.min(i + 2, actions.size())));
        }
        Option refresh = new CallbackData.RequestButton(n, CARD).option(m.get("action.refresh"));
        rows.add(file ? List.of(refresh, new CallbackData.RequestButton(n, FILE).option(m.get("action.file")))
                : List.of(refresh));
        return rows;
    }
}
