package com.repairbot.application.port.out;

import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stored staff: roles granted in the product (on top of configured ones), technicians, and people by name and
 * language.
 */
public interface Staff {

    /** @return the roles granted to that user in the product (not those from configuration) */
    Set<Role> grantedRoles(UserId user);

    /** Grants a role; granting one held already changes nothing. */
    void grant(UserId user, Role role);

    /** Revokes a role; revoking one not held changes nothing. */
    void revoke(UserId user, Role role);

    /** @return users granted that role in the product, in ascending id order */
    List<UserId> withRole(Role role);

    /** @return the technician with that id */
    Optional<Technician> technician(UserId id);

    /** Adds or replaces a technician. */
    void saveTechnician(Technician technician);

    /** @return every technician, in ascending id order */
    List<Technician> technicians();

    /** @return what is known of that person (their names and language), if anything */
    Optional<Person> person(UserId id);

    /** Adds or replaces what is known of a person. */
    void savePerson(Person person);
}
