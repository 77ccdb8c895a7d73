package com.repairbot.domain.request;

import com.repairbot.domain.shared.InvalidValueException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A kind of appliance, identified by a stable code ({@code washing_machine}); channels show a label
 * for it in the user's language. The list offered is configuration.
 *
 * @param code lower-case letters, digits and underscores, 1–40 characters
 */
public record EquipmentType(String code) {

    /** The default list (docs/statuses.md), in the order it is offered. */
    /** Compiled once, before the defaults below are made: a code is checked with every request read. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,40}");

    public static final List<EquipmentType> DEFAULTS = List.of(
            new EquipmentType("washing_machine"), new EquipmentType("dryer"), new EquipmentType("oven"),
            new EquipmentType("dishwasher"), new EquipmentType("coffee_machine"),
            new EquipmentType("refrigerator"), new EquipmentType("plumbing"), new EquipmentType("electrical"),
            new EquipmentType("water_heater"), new EquipmentType("tv"));

    public EquipmentType {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("equipment.invalid");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
