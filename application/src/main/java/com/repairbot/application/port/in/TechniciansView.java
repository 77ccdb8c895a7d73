package com.repairbot.application.port.in;

import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.domain.staff.Technician;
import java.util.List;

/**
 * @param technicians in ascending id order
 * @param unreachable their chats the bot cannot write to (a technician who blocked it, a work group that removed
 *                    it), for the screen to show
 */
public record TechniciansView(List<Technician> technicians, List<UnreachableMark> unreachable) {

    public TechniciansView {
        technicians = List.copyOf(technicians);
        unreachable = List.copyOf(unreachable);
    }

    /** Technicians who can all be reached. */
    public TechniciansView(List<Technician> technicians) {
        this(technicians, List.of());
    }
}
