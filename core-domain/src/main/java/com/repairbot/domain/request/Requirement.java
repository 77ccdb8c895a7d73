package com.repairbot.domain.request;

/** What data a move needs; each maps to one kind of {@link MoveDetails}. */
public enum Requirement {
    /** Nothing. */
    NONE(MoveDetails.None.class),
    /** A technician who is active and has a work group. */
    TECHNICIAN(Assignment.class),
    /** A reason. */
    REASON(RefusalReason.class),
    /** A reason or nothing (the client's cancel). */
    OPTIONAL_REASON(RefusalReason.class, MoveDetails.None.class),
    /** An expected completion date; prepayment and parts note optional. */
    LONG_REPAIR(LongRepairPlan.class),
    /** Total, materials, review taken, out of city, and the split computed from them. */
    COMPLETION(Completion.class);

    private final java.util.List<Class<? extends MoveDetails>> details;

    @SafeVarargs
    Requirement(Class<? extends MoveDetails>... details) {
        this.details = java.util.List.of(details);
    }

    /** @return whether the given details satisfy this requirement */
    public boolean isMetBy(MoveDetails given) {
        return details.stream().anyMatch(kind -> kind.isInstance(given));
    }
}
