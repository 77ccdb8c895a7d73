package com.repairbot.application.memory;

import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.domain.request.RequestNumber;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keys in a concurrent map; a taken key is refused as a UNIQUE constraint would. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, RequestNumber> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<RequestNumber> find(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    @Override
    public void remember(String key, RequestNumber number) {
        if (keys.putIfAbsent(key, number) != null) {
            throw new IllegalStateException("idempotency key taken");
        }
    }
}
