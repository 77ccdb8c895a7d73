package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Outbound;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A dialog declared as data: a name, its steps in order, and what happens when the last one is answered.
 * Step ids are {@code <name>:<step>} ({@code CreateRequest:description}) and are stored, so they never change.
 *
 * @param name     the flow's stable name
 * @param steps    the steps, in order
 * @param finish   runs the use case with the answers and returns the replies
 * @param editable step ids offered by Edit on the confirm step
 * @param seed     answers known when the flow starts (e.g. a fresh idempotency key)
 */
record Flow(String name, List<Step> steps, Function<DialogContext, List<Outbound>> finish, List<String> editable,
            Supplier<Map<String, String>> seed) {

    Flow {
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
        Objects.requireNonNull(finish, "finish");
        editable = List.copyOf(editable);
        Objects.requireNonNull(seed, "seed");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(name + " has no steps");
        }
    }

    /** A flow without an Edit offer. */
    Flow(String name, List<Step> steps, Function<DialogContext, List<Outbound>> finish) {
        this(name, steps, finish, List.of(), Map::of);
    }

    /** A flow with an Edit offer. */
    Flow(String name, List<Step> steps, Function<DialogContext, List<Outbound>> finish, List<String> editable) {
        this(name, steps, finish, editable, Map::of);
    }

    /** @return the stable id of a step of this flow */
    String stepId(Step step) {
        return name + ":" + step.id();
    }

    /** @return the step with that local id */
    Optional<Step> step(String id) {
        for (Step step : steps) { // a loop: asked a few times per update, on a list of a dozen
            if (step.id().equals(id)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** @return the next step after {@code step} that is asked given the answers so far; empty after the last */
    Optional<Step> after(Step step, DialogContext context) {
        for (int i = indexOf(step) + 1; i < steps.size(); i++) {
            if (steps.get(i).asked().test(context)) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    /** @return the step before {@code step} that is asked given the answers so far; empty before the first */
    Optional<Step> before(Step step, DialogContext context) {
        for (int i = indexOf(step) - 1; i >= 0; i--) {
            if (steps.get(i).asked().test(context)) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    /** @return the index of a step */
    int indexOf(Step step) {
        // the steps asked about are this flow's own objects: found by identity, not by a record's field-wise equals
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) == step) {
                return i;
            }
        }
        return steps.indexOf(step);
    }

    /** @return the flows by name */
    static Map<String, Flow> byName(List<Flow> flows) {
        return flows.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Flow::name, f -> f));
    }
}
