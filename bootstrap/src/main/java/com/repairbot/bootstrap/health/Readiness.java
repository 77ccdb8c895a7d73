package com.repairbot.bootstrap.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * What {@code /health/ready} checks, by name ({@code database}, {@code redis}, {@code telegram}): the bot is
 * ready when every check passes. A check that throws counts as failed.
 */
public final class Readiness {

    private final Map<String, BooleanSupplier> checks = new LinkedHashMap<>();

    /** @return this, with one more check */
    public Readiness with(String name, BooleanSupplier check) {
        checks.put(name, check);
        return this;
    }

    /** @return each check's result now, in the order they were added */
    public Map<String, Boolean> results() {
        Map<String, Boolean> results = new LinkedHashMap<>();
        checks.forEach((name, check) -> results.put(name, passes(check)));
        return results;
    }

    /** @return the checks' names, in the order they were added */
    public Set<String> names() {
        return Collections.unmodifiableSet(checks.keySet());
    }

    /** @return whether the named check passes now ({@code false} for a name never added) */
    public boolean passes(String name) {
        BooleanSupplier check = checks.get(name);
        return check != null && passes(check);
    }

    private static boolean passes(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException failed) {
            return false;
        }
    }
}
