package com.repairbot.application.port.in;

import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.List;

/** The group is the work group of other technicians, and the command did not say to share it. */
public final class WorkGroupTakenException extends RuntimeException {

    private final transient ChatId group;
    private final transient List<UserId> owners;

    /**
     * @param group  the group
     * @param owners the technicians it is bound to
     */
    public WorkGroupTakenException(ChatId group, List<UserId> owners) {
        super("group " + group + " is bound to " + owners);
        this.group = group;
        this.owners = List.copyOf(owners);
    }

    /** @return the group */
    public ChatId group() {
        return group;
    }

    /** @return the technicians it is bound to */
    public List<UserId> owners() {
        return owners;
    }
}
