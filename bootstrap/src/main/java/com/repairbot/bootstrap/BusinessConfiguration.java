package com.repairbot.bootstrap;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The company's own rules, from environment variables, each optional with today's default and validated like the
 * rest of the configuration (one line naming the variable):
 * <ul>
 *   <li>{@code EQUIPMENT_TYPES} — the appliance kinds offered, in order: comma-separated codes of a-z 0-9 _ (a code
 *       without a word in the texts is shown as it is);</li>
 *   <li>{@code SPLIT_THRESHOLD} (rubles), {@code SPLIT_HIGH_PERCENT}, {@code SPLIT_LOW_PERCENT},
 *       {@code SPLIT_REVIEW_BONUS}, {@code SPLIT_OUT_OF_CITY_BONUS} — the profit split: 7000, 50, 40, 10, 10;</li>
 *   <li>{@code DIALOG_TTL} — how long an abandoned dialog is kept: {@code 24h}; at most {@code 6d}, so that a
 *       repeated Telegram update is still recognised (ADR 0017).</li>
 * </ul>
 *
 * @param equipment the appliance kinds offered
 * @param split     how the net of a closed request is shared
 * @param dialogTtl how long an abandoned dialog is kept
 */
record BusinessConfiguration(List<EquipmentType> equipment, ProfitSplitPolicy split, Duration dialogTtl) {

    /** The longest dialog TTL: Telegram keeps an unconfirmed update for a week (ADR 0017). */
    static final Duration LONGEST_DIALOG_TTL = Duration.ofDays(6);

    /** @return today's defaults */
    static BusinessConfiguration defaults() {
        return new BusinessConfiguration(EquipmentType.DEFAULTS, ProfitSplitPolicy.defaults(), Duration.ofHours(24));
    }

    /** @throws ConfigurationException naming the first bad variable */
    static BusinessConfiguration from(Map<String, String> env) {
        BusinessConfiguration d = defaults();
        return new BusinessConfiguration(equipment(env).orElse(d.equipment()), split(env, d.split()),
                dialogTtl(env).orElse(d.dialogTtl()));
    }

    private static Optional<List<EquipmentType>> equipment(Map<String, String> env) {
        return Configuration.value(env, "EQUIPMENT_TYPES").map(text -> {
            List<EquipmentType> types = new ArrayList<>();
            for (String part : text.split(",")) {
                String code = part.strip();
                if (!code.matches("[a-z0-9_]{1,40}")) {
                    throw new ConfigurationException("EQUIPMENT_TYPES: \"" + code + "\" is not a code (1-40 of a-z 0-9 _;"
                            + " comma-separated, e.g. washing_machine,dryer,vacuum_cleaner)");
                }
                EquipmentType type = new EquipmentType(code);
                if (types.contains(type)) {
                    throw new ConfigurationException("EQUIPMENT_TYPES: \"" + code + "\" is listed twice");
                }
                types.add(type);
            }
            return List.copyOf(types);
        });
    }

    private static ProfitSplitPolicy split(Map<String, String> env, ProfitSplitPolicy d) {
        Money threshold = Configuration.value(env, "SPLIT_THRESHOLD").map(text -> {
            try {
                return Money.parse(text);
            } catch (InvalidValueException e) {
                throw new ConfigurationException("SPLIT_THRESHOLD: \"" + text + "\" is not an amount of rubles"
                        + " (e.g. 7000)");
            }
        }).orElse(d.threshold());
        int high = percent(env, "SPLIT_HIGH_PERCENT", d.highPercent());
        int low = percent(env, "SPLIT_LOW_PERCENT", d.lowPercent());
        int review = percent(env, "SPLIT_REVIEW_BONUS", d.reviewBonusPercent());
        int outOfCity = percent(env, "SPLIT_OUT_OF_CITY_BONUS", d.outOfCityBonusPercent());
        if (Math.max(high, low) + review + outOfCity > 100) {
            throw new ConfigurationException("SPLIT_HIGH_PERCENT, SPLIT_LOW_PERCENT, SPLIT_REVIEW_BONUS,"
                    + " SPLIT_OUT_OF_CITY_BONUS: the larger percentage plus both bonuses is " + (Math.max(high, low)
                    + review + outOfCity) + " %, more than 100 %");
        }
        return new ProfitSplitPolicy(threshold, high, low, review, outOfCity);
    }

    private static int percent(Map<String, String> env, String name, int fallback) {
        return Configuration.value(env, name).map(text -> {
            if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > 100) {
                throw new ConfigurationException(name + ": \"" + text + "\" is not a percentage (0-100)");
            }
            return Integer.parseInt(text);
        }).orElse(fallback);
    }

    private static Optional<Duration> dialogTtl(Map<String, String> env) {
        return Configuration.value(env, "DIALOG_TTL").map(text -> {
            Duration ttl = ScheduleConfiguration.parse("DIALOG_TTL", text);
            if (ttl.compareTo(LONGEST_DIALOG_TTL) > 0) {
                throw new ConfigurationException("DIALOG_TTL: \"" + text + "\" is longer than 6d (a repeated Telegram"
                        + " update must still be recognised)");
            }
            return ttl;
        });
    }
}
