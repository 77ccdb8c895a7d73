package com.repairbot.application.port.in;

import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Transition;
import java.util.List;
import java.util.Objects;

/**
 * A request as one viewer may see it.
 *
 * @param request      the request
 * @param history      its history, oldest first
 * @param phoneVisible whether the viewer may see the client's phone (a technician only from ONSITE on)
 * @param moves        the moves this viewer may make now
 * @param mayEdit      whether the viewer may correct its fields
 * @param mayPing      whether the viewer may tell the technician that the client is waiting
 * @param unreachable  for the office: the chats of the technician and of the request's client that the bot cannot
 *                     write to (the technician's private chat and work group, the client's private chat), so
 *                     that a card that cannot reach them is seen
 */
public record RequestCardView(RepairRequest request, List<HistoryEntry> history, boolean phoneVisible,
                              List<Transition> moves, boolean mayEdit, boolean mayPing,
                              List<UnreachableMark> unreachable) {

    public RequestCardView {
        Objects.requireNonNull(request, "request");
        history = List.copyOf(history);
        moves = List.copyOf(moves);
        unreachable = List.copyOf(unreachable);
    }

    /** A card whose technician can be reached (or that has none). */
    public RequestCardView(RepairRequest request, List<HistoryEntry> history, boolean phoneVisible,
                           List<Transition> moves, boolean mayEdit, boolean mayPing) {
        this(request, history, phoneVisible, moves, mayEdit, mayPing, List.of());
    }
}
