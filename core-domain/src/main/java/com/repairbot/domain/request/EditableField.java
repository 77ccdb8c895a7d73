package com.repairbot.domain.request;

import java.util.Locale;

/** The fields of a request that can be corrected after it was entered. */
public enum EditableField {
    /** Kind of appliance. */
    EQUIPMENT,
    /** Problem description. */
    DESCRIPTION,
    /** Client's name. */
    CLIENT_NAME,
    /** Client's address. */
    ADDRESS,
    /** Client's phone. */
    PHONE,
    /** Notes. */
    NOTES,
    /** Scheduled visit. */
    VISIT;

    /** @return the stable lower-case code, e.g. {@code client_name} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the assigned technician may change it (notes and the visit time) */
    public boolean technicianMayEdit() {
        return this == NOTES || this == VISIT;
    }
}
