package com.repairbot.bootstrap;

import com.repairbot.adapter.telegram.SendPacing;
import java.util.Map;
import java.util.Optional;

/**
 * The load-related settings of {@code repair-bot run}, read from the environment like {@link Configuration}
 * and validated the same way (one line naming the variable).
 *
 * @param pacing         {@code TELEGRAM_PACING}: {@code telegram} (default) keeps Telegram's send limits;
 *                       {@code off} is for load tests against a test double only
 * @param floodBurst     {@code FLOOD_BURST}: updates a user may send at once before the flood guard drops (5)
 * @param floodPerSecond {@code FLOOD_PER_SECOND}: the rate a user's allowance refills at (3)
 * @param instances      {@code BOT_INSTANCES}: how many bot processes share the token and Redis (1); with more
 *                       than one, the flood limits live in Redis (ADR 0018)
 */
record ChannelSettings(SendPacing pacing, int floodBurst, double floodPerSecond, int instances) {

    static ChannelSettings from(Map<String, String> env) {
        SendPacing pacing = switch (value(env, "TELEGRAM_PACING").orElse("telegram")) {
            case "telegram" -> SendPacing.TELEGRAM_LIMITS;
            case "off" -> SendPacing.UNPACED;
            default -> throw new ConfigurationException("TELEGRAM_PACING: \"" + env.get("TELEGRAM_PACING").strip()
                    + "\" is neither telegram nor off");
        };
        int burst = number(env, "FLOOD_BURST", "5", 1, 1_000_000);
        double perSecond = number(env, "FLOOD_PER_SECOND", "3", 1, 1_000_000);
        int instances = number(env, "BOT_INSTANCES", "1", 1, 64);
        return new ChannelSettings(pacing, burst, perSecond, instances);
    }

    /** @return whether several instances share the token and Redis */
    boolean shared() {
        return instances > 1;
    }

    private static int number(Map<String, String> env, String name, String fallback, int min, int max) {
        String text = value(env, name).orElse(fallback);
        if (!text.matches("\\d{1,7}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw new ConfigurationException(name + ": \"" + text + "\" is not a whole number from " + min + " to "
                    + max);
        }
        return Integer.parseInt(text);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
