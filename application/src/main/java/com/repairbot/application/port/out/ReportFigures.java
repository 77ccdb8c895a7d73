package com.repairbot.application.port.out;

import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of the requests entered in a period, as they stand now.
 *
 * @param requests     how many requests were entered
 * @param byStatus     how many of them are in each status now (statuses with none are left out)
 * @param byEquipment  how many of them are about each kind of appliance, most first
 * @param byTechnician how many of them each technician holds and the money of their closed ones, by user id
 * @param money        the money of those of them that are closed
 * @param prepayments  the prepayments held by those of them that took one, whatever their status
 */
public record ReportFigures(int requests, Map<Status, Integer> byStatus, Map<EquipmentType, Integer> byEquipment,
                            List<TechnicianFigures> byTechnician, MoneyTotals money, PrepaymentTotals prepayments) {

    public ReportFigures {
        byStatus = Collections.unmodifiableMap(byStatus.isEmpty() ? new EnumMap<>(Status.class)
                : new EnumMap<>(byStatus));
        byEquipment = Collections.unmodifiableMap(new LinkedHashMap<>(byEquipment));
        byTechnician = List.copyOf(byTechnician);
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(prepayments, "prepayments");
    }

    /** @return no request at all */
    public static ReportFigures empty() {
        return new ReportFigures(0, Map.of(), Map.of(), List.of(), MoneyTotals.NONE, PrepaymentTotals.NONE);
    }
}
