package com.repairbot.application.port.in;

import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.Rating;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Optional;

/** What a client asks of one request of theirs; the server checks that it is theirs every time. */
public sealed interface ClientRequestCommand {

    /** @return the client who asks */
    UserId client();

    /** @return the request concerned */
    RequestNumber number();

    /**
     * Look at the request.
     *
     * @param client who asks
     * @param number the request
     */
    record View(UserId client, RequestNumber number) implements ClientRequestCommand {
        public View {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(number, "number");
        }
    }

    /**
     * Cancel it while NEW or ASSIGNED.
     *
     * @param client who asks
     * @param number the request
     * @param reason why, if the client said
     */
    record Cancel(UserId client, RequestNumber number, Optional<RefusalReason> reason) implements ClientRequestCommand {
        public Cancel {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Rate it once it is closed.
     *
     * @param client who asks
     * @param number the request
     * @param rating 1–5 and an optional comment
     */
    record Rate(UserId client, RequestNumber number, Rating rating) implements ClientRequestCommand {
        public Rate {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(rating, "rating");
        }
    }
}
