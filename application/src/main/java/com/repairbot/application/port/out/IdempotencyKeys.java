package com.repairbot.application.port.out;

import com.repairbot.domain.request.RequestNumber;
import java.util.Optional;

/**
 * Remembers which request a dialog's Confirm created, so that a repeated Confirm (double tap, update
 * delivered again after a crash) finds the request instead of creating a second one.
 */
public interface IdempotencyKeys {

    /** @return the request created under that key, if any */
    Optional<RequestNumber> find(String key);

    /**
     * @throws IllegalStateException when the key is taken already (the store enforces uniqueness)
     */
    void remember(String key, RequestNumber number);
}
