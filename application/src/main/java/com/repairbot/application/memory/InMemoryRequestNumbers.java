package com.repairbot.application.memory;

import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.domain.request.RequestNumber;
import java.util.concurrent.atomic.AtomicLong;

/** Numbers from 1 up. */
public final class InMemoryRequestNumbers implements RequestNumbers {

    private final AtomicLong last = new AtomicLong();

    @Override
    public RequestNumber next() {
        return new RequestNumber(last.incrementAndGet());
    }
}
