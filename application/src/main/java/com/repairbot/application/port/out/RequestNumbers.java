package com.repairbot.application.port.out;

import com.repairbot.domain.request.RequestNumber;

/** Hands out request numbers: sequential, unique, never reused. */
public interface RequestNumbers {

    /** @return the next number; a number handed out inside a rolled-back transaction may be handed out again */
    RequestNumber next();
}
