package com.repairbot.application.port.out;

/**
 * A token bucket per key (e.g. per user, against incoming floods), shared by every instance of the bot. The
 * bucket's capacity (the burst) and how many tokens flow back per second are given to the implementation
 * when it is made; a key never seen before starts with a full bucket.
 */
public interface RateLimiter {

    /**
     * Takes one token from the key's bucket.
     *
     * @param key whose bucket, e.g. {@code user:42}; not blank
     * @return {@code true} when a token was there (go ahead), {@code false} when the bucket is empty (over the limit)
     * @throws IllegalArgumentException   when the key is blank
     * @throws StoreUnavailableException when the store cannot be reached
     */
    boolean tryAcquire(String key);
}
