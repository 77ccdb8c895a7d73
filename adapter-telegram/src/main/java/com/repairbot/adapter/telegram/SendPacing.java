package com.repairbot.adapter.telegram;

/**
 * How outgoing messages are paced. Telegram's own limits are the only choice against Telegram; the other
 * exists to measure the bot's own cost against a test double (the load rig), where the simulated people
 * answer within milliseconds and Telegram's pacing, not the bot, would decide every figure.
 */
public enum SendPacing {
    /** At most 1 message/s per chat (burst 3), 20/min per group, 30/s overall: what Telegram allows. */
    TELEGRAM_LIMITS,
    /**
     * No pacing of our own: a 429 is still waited out exactly. Never against the real Bot API, which answers
     * a bot that ignores its limits with ever longer flood waits.
     */
    UNPACED;

    Tuning.SendLimits limits() {
        return this == TELEGRAM_LIMITS ? Tuning.SendLimits.telegram() : Tuning.SendLimits.none();
    }
}
