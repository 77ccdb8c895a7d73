package com.repairbot.application.memory;

import com.repairbot.application.port.out.MoneyTotals;
import com.repairbot.application.port.out.PrepaymentTotals;
import com.repairbot.application.port.out.ReportFigures;
import com.repairbot.application.port.out.ReportQueries;
import com.repairbot.application.port.out.TechnicianFigures;
import com.repairbot.application.port.out.TimeRange;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Report reads over {@link InMemoryRepairRequests}, summed in Java. */
public final class InMemoryReportQueries implements ReportQueries {

    private final InMemoryRepairRequests requests;

    /** @param requests the requests to report on */
    public InMemoryReportQueries(InMemoryRepairRequests requests) {
        this.requests = requests;
    }

    @Override
    public ReportFigures figures(TimeRange entered, Optional<UserId> technician) {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        Map<EquipmentType, Integer> byEquipment = new LinkedHashMap<>();
        Map<Long, Integer> assigned = new TreeMap<>();
        Map<Long, Integer> rated = new TreeMap<>();
        Map<Long, Long> ratingSums = new TreeMap<>();
        Map<Long, MoneyTotals> earned = new TreeMap<>();
        MoneyTotals money = MoneyTotals.NONE;
        PrepaymentTotals prepayments = PrepaymentTotals.NONE;
        List<RepairRequest> all = requests.matching(filter(entered, technician));
        for (RepairRequest request : all) {
            byStatus.merge(request.status(), 1, Integer::sum);
            byEquipment.merge(request.equipment(), 1, Integer::sum);
            request.technician().ifPresent(t -> assigned.merge(t.value(), 1, Integer::sum));
            request.technician().ifPresent(t -> request.clientSide().rating().ifPresent(r -> {
                rated.merge(t.value(), 1, Integer::sum);
                ratingSums.merge(t.value(), (long) r.score(), Long::sum);
            }));
            Optional<Money> prepayment = request.longRepair().flatMap(LongRepairPlan::prepayment);
            if (prepayment.isPresent()) {
                prepayments = prepayments.plus(prepayment.get());
            }
            if (request.status() == Status.CLOSED && request.completion().isPresent()) {
                MoneyTotals one = MoneyTotals.of(request.completion().get());
                money = money.plus(one);
                request.technician().ifPresent(t -> earned.merge(t.value(), one, MoneyTotals::plus));
            }
        }
        List<TechnicianFigures> byTechnician = new ArrayList<>();
        assigned.forEach((id, count) -> byTechnician.add(new TechnicianFigures(new UserId(id), count,
                earned.getOrDefault(id, MoneyTotals.NONE), rated.getOrDefault(id, 0), ratingSums.getOrDefault(id, 0L))));
        Map<EquipmentType, Integer> sorted = new LinkedHashMap<>();
        byEquipment.entrySet().stream()
                .sorted(Map.Entry.<EquipmentType, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().code(), Comparator.naturalOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new ReportFigures(all.size(), byStatus, sorted, byTechnician, money, prepayments);
    }

    @Override
    public void forEachEntered(TimeRange entered, Optional<UserId> technician, Consumer<RepairRequest> each) {
        requests.matching(filter(entered, technician)).forEach(each);
    }

    @Override
    public List<RepairRequest> waitingSince(Status status, Instant enteredBefore) {
        return requests.matching(r -> r.status() == status && !r.statusSince().isAfter(enteredBefore)).stream()
                .sorted(Comparator.comparing(RepairRequest::statusSince)
                        .thenComparing(r -> r.number().value()))
                .toList();
    }

    @Override
    public List<RepairRequest> visitsBetween(Set<Status> statuses, LocalDateTime from, LocalDateTime until) {
        return requests.matching(r -> statuses.contains(r.status()) && r.visit().flatMap(v -> v.at())
                        .filter(at -> !at.isBefore(from) && at.isBefore(until)).isPresent()).stream()
                .sorted(Comparator.comparing((RepairRequest r) -> r.visit().orElseThrow().at().orElseThrow())
                        .thenComparing(r -> r.number().value()))
                .toList();
    }

    private static Predicate<RepairRequest> filter(TimeRange entered, Optional<UserId> technician) {
        return request -> entered.contains(request.createdAt())
                && (technician.isEmpty() || request.technician().equals(technician));
    }
}
