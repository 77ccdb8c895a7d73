package com.repairbot.domain.staff;

/** What a member of staff may do; a person may hold several roles. */
public enum Role {
    /** Everything, including staff management; may act on behalf of a technician. */
    ADMIN,
    /** Enters requests, assigns technicians, follows up. */
    DISPATCHER,
    /** Works the requests assigned to them. */
    TECHNICIAN
}
