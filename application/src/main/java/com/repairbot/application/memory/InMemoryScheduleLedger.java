package com.repairbot.application.memory;

import com.repairbot.application.port.out.ScheduleLedger;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Alerts given and job slots run, in memory. */
public final class InMemoryScheduleLedger implements ScheduleLedger {

    private record Alert(long request, Status status, String kind) {
    }

    private final Set<Alert> given = new HashSet<>();
    private final Map<String, Instant> slots = new HashMap<>();

    @Override
    public synchronized boolean firstTime(RequestNumber request, Status status, String kind, Instant at) {
        return given.add(new Alert(request.value(), status, kind));
    }

    @Override
    public synchronized Optional<Instant> lastSlot(String job) {
        return Optional.ofNullable(slots.get(job));
    }

    @Override
    public synchronized void ranSlot(String job, Instant slot) {
        slots.merge(job, slot, (old, young) -> young.isAfter(old) ? young : old);
    }
}
