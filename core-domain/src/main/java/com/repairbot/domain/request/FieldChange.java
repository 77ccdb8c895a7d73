package com.repairbot.domain.request;

import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import java.util.Objects;
import java.util.Optional;

/** A new value for one {@link EditableField}. Each kind is validated by its value object. */
public sealed interface FieldChange {

    /** @return the field this change is for */
    EditableField field();

    /** @param value the new appliance kind */
    record Equipment(EquipmentType value) implements FieldChange {
        public Equipment {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public EditableField field() {
            return EditableField.EQUIPMENT;
        }
    }

    /** @param value the new description */
    record Description(ProblemDescription value) implements FieldChange {
        public Description {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public EditableField field() {
            return EditableField.DESCRIPTION;
        }
    }

    /** @param value the client's new name */
    record ClientName(PersonName value) implements FieldChange {
        public ClientName {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public EditableField field() {
            return EditableField.CLIENT_NAME;
        }
    }

    /** @param value the client's new address */
    record ClientAddress(Address value) implements FieldChange {
        public ClientAddress {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public EditableField field() {
            return EditableField.ADDRESS;
        }
    }

    /** @param value the client's new phone */
    record ClientPhone(PhoneNumber value) implements FieldChange {
        public ClientPhone {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public EditableField field() {
            return EditableField.PHONE;
        }
    }

    /** @param value the new notes, empty to clear them */
    record NotesChange(Optional<Notes> value) implements FieldChange {
        public NotesChange {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public EditableField field() {
            return EditableField.NOTES;
        }
    }

    /** @param value the new visit, empty to clear it */
    record Visit(Optional<ScheduledVisit> value) implements FieldChange {
        public Visit {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public EditableField field() {
            return EditableField.VISIT;
        }
    }

    /**
     * A correction of the money of a closed request. The split is computed again by the policy, so the
     * shares always follow the amounts.
     */
    sealed interface MoneyChange extends FieldChange {

        /** @return the money after this change, split again by the policy */
        Completion applyTo(Completion current, ProfitSplitPolicy policy);

        /** @return this field's value in that money, plain: {@code 1500.00}, {@code yes}, {@code no} */
        String valueIn(Completion money);
    }

    /** @param value what the client paid */
    record Total(Money value) implements MoneyChange {
        public Total {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public EditableField field() {
            return EditableField.TOTAL;
        }

        @Override
        public Completion applyTo(Completion c, ProfitSplitPolicy policy) {
            return Completion.of(value, c.materials(), c.reviewTaken(), c.outOfCity(), policy);
        }

        @Override
        public String valueIn(Completion money) {
            return money.total().toString();
        }
    }

    /** @param value what the parts cost */
    record Materials(Money value) implements MoneyChange {
        public Materials {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public EditableField field() {
            return EditableField.MATERIALS;
        }

        @Override
        public Completion applyTo(Completion c, ProfitSplitPolicy policy) {
            return Completion.of(c.total(), value, c.reviewTaken(), c.outOfCity(), policy);
        }

        @Override
        public String valueIn(Completion money) {
            return money.materials().toString();
        }
    }

    /** @param value whether the client left a review */
    record ReviewTaken(boolean value) implements MoneyChange {
        @Override
        public EditableField field() {
            return EditableField.REVIEW_TAKEN;
        }

        @Override
        public Completion applyTo(Completion c, ProfitSplitPolicy policy) {
            return Completion.of(c.total(), c.materials(), value, c.outOfCity(), policy);
        }

        @Override
        public String valueIn(Completion money) {
            return money.reviewTaken() ? "yes" : "no";
        }
    }

    /** @param value whether the visit was out of town */
    record OutOfCity(boolean value) implements MoneyChange {
        @Override
        public EditableField field() {
            return EditableField.OUT_OF_CITY;
        }

        @Override
        public Completion applyTo(Completion c, ProfitSplitPolicy policy) {
            return Completion.of(c.total(), c.materials(), c.reviewTaken(), value, policy);
        }

        @Override
        public String valueIn(Completion money) {
            return money.outOfCity() ? "yes" : "no";
        }
    }
}
