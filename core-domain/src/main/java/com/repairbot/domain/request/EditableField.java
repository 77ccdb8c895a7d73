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
    VISIT,
    /** What the client paid, of a closed request. */
    TOTAL,
    /** What the parts cost, of a closed request. */
    MATERIALS,
    /** Whether the client left a review, of a closed request. */
    REVIEW_TAKEN,
    /** Whether the visit was out of town, of a closed request. */
    OUT_OF_CITY;

    /** @return the stable lower-case code, e.g. {@code client_name} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether it is part of the money of a closed request, which only an admin may correct */
    public boolean isMoney() {
        return this == TOTAL || this == MATERIALS || this == REVIEW_TAKEN || this == OUT_OF_CITY;
    }

    /** @return whether the assigned technician may change it (notes and the visit time) */
    public boolean technicianMayEdit() {
        return this == NOTES || this == VISIT;
    }
}
