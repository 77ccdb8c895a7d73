package com.repairbot.domain.request;

/** The data a move carries; which kind a move needs is its {@link Requirement}. */
public sealed interface MoveDetails permits MoveDetails.None, Assignment, RefusalReason, LongRepairPlan, Completion {

    /** The singleton for moves that need no data. */
    None NONE = new None();

    /** No data. */
    record None() implements MoveDetails {
    }
}
