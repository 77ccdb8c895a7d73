package com.repairbot.application.dialog;

import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one type of dialog value is kept in the stored dialog data (a map of strings, whose layout never changes): one
 * codec per type. {@link #write} is given a value a step's reader has already validated; {@link #read} rebuilds it
 * from what was stored — the reconstitution path of ADR 0027, which is not a second validation of the person's
 * input: a value object's constructor holds the rule for what may be stored, the intake rule is checked once, when
 * the answer is read.
 *
 * @param <T> the value's type
 */
interface Codec<T> {

    /** @return the stored form */
    String write(T value);

    /** @return the value of a stored form */
    T read(String stored);

    /** @return a codec of these two functions */
    static <T> Codec<T> of(Function<T, String> write, Function<String, T> read) {
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(read, "read");
        return new Codec<>() {
            @Override
            public String write(T value) {
                return write.apply(value);
            }

            @Override
            public T read(String stored) {
                return read.apply(stored);
            }
        };
    }

    Codec<String> TEXT = of(Function.identity(), Function.identity());
    Codec<Long> NUMBER = of(String::valueOf, Long::parseLong);
    /** Kopecks, as stored since the first version. */
    Codec<Money> MONEY = of(money -> Long.toString(money.kopecks()), stored -> new Money(Long.parseLong(stored)));
    /** ISO dates, {@code 2026-12-25}. */
    Codec<LocalDate> DATE = of(LocalDate::toString, LocalDate::parse);
    /** The options of a yes / no question: {@code yes}, {@code no}. */
    Codec<Boolean> YES_NO = of(yes -> yes ? "yes" : "no", "yes"::equals);
    Codec<UserId> USER = of(user -> Long.toString(user.value()), stored -> new UserId(Long.parseLong(stored)));
    Codec<RequestNumber> REQUEST = of(number -> Long.toString(number.value()),
            stored -> new RequestNumber(Long.parseLong(stored)));
    /** E.164, {@code +79991234567}. */
    Codec<PhoneNumber> PHONE = of(PhoneNumber::e164, PhoneNumber::new);
    Codec<EquipmentType> EQUIPMENT = of(EquipmentType::code, EquipmentType::new);
    Codec<ProblemDescription> DESCRIPTION = of(ProblemDescription::value, ProblemDescription::new);
    Codec<PersonName> NAME = of(PersonName::value, PersonName::new);
    Codec<Address> ADDRESS = of(Address::value, Address::new);
    Codec<Notes> NOTES = of(Notes::value, Notes::new);
    Codec<RefusalReason> REASON = of(RefusalReason::value, RefusalReason::new);
}
