package com.repairbot.application.port.out;

import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.staff.UserId;
import com.repairbot.domain.request.Status;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads across many requests, for reports and scheduled checks: the requests entered in a period, summed by the
 * store (so that a year of requests is not carried into memory to count them) and streamed one by one for
 * exports; the requests that have waited in a status; the visits coming up.
 */
public interface ReportQueries {

    /**
     * @param entered    the period in which the requests were entered ({@code createdAt})
     * @param technician only the requests assigned to this technician; all when empty
     * @return counts by status, equipment and technician, and the money of the closed ones
     */
    ReportFigures figures(TimeRange entered, Optional<UserId> technician);

    /**
     * Hands each request entered in the period to {@code each}, oldest number first, without holding them all
     * in memory at once.
     *
     * @param entered    the period in which the requests were entered
     * @param technician only the requests assigned to this technician; all when empty
     * @param each       receives the requests one by one
     */
    void forEachEntered(TimeRange entered, Optional<UserId> technician, Consumer<RepairRequest> each);

    /**
     * @param status        the status
     * @param enteredBefore the latest time they may have entered it ({@code statusSince <= enteredBefore})
     * @return the requests that have been in that status since then or longer, longest waiting first
     */
    List<RepairRequest> waitingSince(Status status, Instant enteredBefore);

    /**
     * @param statuses the statuses the requests must have
     * @param from     the earliest visit time (local, in the business time zone), inclusive
     * @param until    the latest visit time, exclusive
     * @return the requests with a visit time read from the dispatcher's words in that span, soonest first
     */
    List<RepairRequest> visitsBetween(Set<Status> statuses, LocalDateTime from, LocalDateTime until);
}
