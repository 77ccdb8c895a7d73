package com.repairbot.application.memory;

import com.repairbot.application.port.out.Staff;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Roles, technicians and people in maps; every method is atomic. */
public final class InMemoryStaff implements Staff {

    private final Map<UserId, Set<Role>> roles = new HashMap<>();
    private final TreeMap<Long, Technician> technicians = new TreeMap<>();
    private final Map<UserId, Person> people = new HashMap<>();

    @Override
    public synchronized Set<Role> grantedRoles(UserId user) {
        Set<Role> granted = roles.get(user);
        return granted == null ? Set.of() : Set.copyOf(granted);
    }

    @Override
    public synchronized void grant(UserId user, Role role) {
        roles.computeIfAbsent(user, u -> EnumSet.noneOf(Role.class)).add(role);
    }

    @Override
    public synchronized void revoke(UserId user, Role role) {
        Set<Role> granted = roles.get(user);
        if (granted != null) {
            granted.remove(role);
        }
    }

    @Override
    public synchronized List<UserId> withRole(Role role) {
        return roles.entrySet().stream().filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey)
                .sorted(Comparator.comparingLong(UserId::value)).toList();
    }

    @Override
    public synchronized Optional<Technician> technician(UserId id) {
        return Optional.ofNullable(technicians.get(id.value()));
    }

    @Override
    public synchronized void saveTechnician(Technician technician) {
        technicians.put(technician.id().value(), technician);
    }

    @Override
    public synchronized List<Technician> technicians() {
        return List.copyOf(technicians.values());
    }

    @Override
    public synchronized Optional<Person> person(UserId id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public synchronized void savePerson(Person person) {
        people.put(person.id(), person);
    }
}
