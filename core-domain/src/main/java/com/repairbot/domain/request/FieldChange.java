package com.repairbot.domain.request;

import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
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
}
