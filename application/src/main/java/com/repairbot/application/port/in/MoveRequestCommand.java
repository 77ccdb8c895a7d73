package com.repairbot.application.port.in;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Requirement;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * The command of {@link MoveRequestUseCase}.
 *
 * @param actor  who acts (authorised by the server on every call)
 * @param number the request
 * @param intent the intent of the row, e.g. {@code decline}
 * @param data   the data the row needs ({@link Data#NONE} when it needs none)
 * @param once   a key that makes the move once (a dialog's instance): a second command with the same key changes
 *               nothing and answers with the request as it is, even when it has moved on since (ADR 0034)
 */
public record MoveRequestCommand(UserId actor, RequestNumber number, String intent, Data data, Optional<String> once) {

    public MoveRequestCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(once, "once");
    }

    /** A move made each time it is asked for (a button's: the domain answers a repeat with no change). */
    public MoveRequestCommand(UserId actor, RequestNumber number, String intent, Data data) {
        this(actor, number, intent, data, Optional.empty());
    }

    /**
     * What a person gives for a move, one kind per {@link Requirement}; the service turns it into the domain's
     * details (it looks the technician up, splits the money by the configured policy).
     */
    public sealed interface Data {

        /** Nothing: the input of a row that needs nothing. */
        Data NONE = new Nothing();

        /** @return the requirement this input meets */
        Requirement meets();

        /** No data. */
        record Nothing() implements Data {
            @Override
            public Requirement meets() {
                return Requirement.NONE;
            }
        }

        /** @param technician who gets the request */
        record Technician(UserId technician) implements Data {
            public Technician {
                Objects.requireNonNull(technician, "technician");
            }

            @Override
            public Requirement meets() {
                return Requirement.TECHNICIAN;
            }
        }

        /** @param reason why */
        record Reason(RefusalReason reason) implements Data {
            public Reason {
                Objects.requireNonNull(reason, "reason");
            }

            @Override
            public Requirement meets() {
                return Requirement.REASON;
            }
        }

        /** @param plan the expected date, the prepayment and the parts awaited */
        record Plan(LongRepairPlan plan) implements Data {
            public Plan {
                Objects.requireNonNull(plan, "plan");
            }

            @Override
            public Requirement meets() {
                return Requirement.LONG_REPAIR;
            }
        }

        /**
         * @param total       what the client paid
         * @param materials   what parts cost
         * @param reviewTaken whether the client left a review
         * @param outOfCity   whether the visit was out of town
         */
        record Figures(Money total, Money materials, boolean reviewTaken, boolean outOfCity) implements Data {
            public Figures {
                Objects.requireNonNull(total, "total");
                Objects.requireNonNull(materials, "materials");
            }

            @Override
            public Requirement meets() {
                return Requirement.COMPLETION;
            }
        }
    }
}
