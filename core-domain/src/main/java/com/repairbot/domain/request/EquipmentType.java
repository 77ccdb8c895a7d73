package com.repairbot.domain.request;

import com.repairbot.domain.shared.InvalidValueException;
import java.util.List;

/**
 * A kind of appliance, identified by a stable code ({@code washing_machine}); channels show a label
 * for it in the user's language. The list offered is configuration.
 *
 * @param code lower-case letters, digits and underscores, 1–40 characters
 */
public record EquipmentType(String code) {

    /** The default list (docs/statuses.md), in the order it is offered. */
    public static final List<EquipmentType> DEFAULTS = List.of(
            new EquipmentType("washing_machine"), new EquipmentType("dryer"), new EquipmentType("oven"),
            new EquipmentType("dishwasher"), new EquipmentType("coffee_machine"),
            new EquipmentType("refrigerator"), new EquipmentType("plumbing"), new EquipmentType("electrical"),
            new EquipmentType("water_heater"), new EquipmentType("tv"));

    public EquipmentType {
        if (code == null || !code.matches("[a-z0-9_]{1,40}")) {
            throw new InvalidValueException("equipment.invalid");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
