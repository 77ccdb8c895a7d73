package com.repairbot.application.port.in;

import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;

/** Who someone is by name: for showing people by name, never by a bare id. */
public interface FindPersonUseCase {

    /** @return what is known of that person (their names and language), if anything */
    Optional<Person> person(UserId id);
}
