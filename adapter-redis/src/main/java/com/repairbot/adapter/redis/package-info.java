/**
 * The shared store for several bot instances, on Redis through Lettuce: dialogs in progress in the earlier
 * bot's key layout ({@code fsm:{chat}:{user}:state|data}), per-chat locks and job leases, update dedupe and
 * token-bucket rate limits. Every adapter here shares one {@link com.repairbot.adapter.redis.RedisConnection};
 * every multi-key change is one Lua script, so each call is one round trip and atomic. Redis failures reach
 * the application as {@link com.repairbot.application.port.out.StoreUnavailableException}. See ADR 0009.
 */
package com.repairbot.adapter.redis;
