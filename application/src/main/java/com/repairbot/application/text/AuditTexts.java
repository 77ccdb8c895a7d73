package com.repairbot.application.text;

import com.repairbot.application.port.out.AuditActions;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.EditableField;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.Role;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry in words (issue 15): who, when, and what happened to what — "Request #12: New → Assigned
 * (Assign technician)", "Request #12, address: «…» → «…»", "Role «technician» granted to user 300" — instead of
 * the stored codes ({@code request.edit.address}). The log is read by admins, in full: the values are not masked.
 * An action this version has no words for is shown as stored.
 */
public final class AuditTexts {

    private static final Pattern MOVE = Pattern.compile("([A-Z_]+)->([A-Z_]+)");
    private static final Pattern USER_AND_REST = Pattern.compile("user (-?\\d+)(?: (.*))?", Pattern.DOTALL);

    private final Messages messages;
    private final ZoneId zone;
    private final Names names;

    /**
     * @param messages the reader's language
     * @param zone     the business time zone
     * @param names    people by name in that language
     */
    public AuditTexts(Messages messages, ZoneId zone, Names names) {
        this.names = names;
        this.messages = messages;
        this.zone = zone;
    }

    /** @return one line: when · who: what */
    public String line(AuditEntry entry) {
        return messages.get("audit.entry", messages.dateTime(entry.at().atZone(zone).toLocalDateTime()),
                names.of(entry.actor()), what(entry));
    }

    /** @return what happened, in words */
    public String what(AuditEntry entry) {
        String action = entry.action();
        long request = entry.request().map(n -> n.value()).orElse(0L);
        if (action.equals(AuditActions.REQUEST_CREATE)) {
            return messages.get("audit.request.create", request, equipment(entry.details()));
        }
        if (action.equals(AuditActions.REQUEST_PING)) {
            return messages.get("audit.request.ping", request);
        }
        if (action.startsWith(AuditActions.REQUEST_EDIT)) {
            return edit(entry, request, action.substring(AuditActions.REQUEST_EDIT.length()));
        }
        if (action.startsWith(AuditActions.REQUEST)) {
            Matcher move = MOVE.matcher(entry.details());
            String intent = action.substring(AuditActions.REQUEST.length());
            if (move.matches() && isStatus(move.group(1)) && isStatus(move.group(2))) {
                return messages.get("audit.request.move", request, messages.status(Status.valueOf(move.group(1))),
                        messages.status(Status.valueOf(move.group(2))), known("action." + intent).orElse(intent));
            }
        }
        Matcher user = USER_AND_REST.matcher(entry.details());
        if ((action.startsWith("role.") || action.startsWith("technician.")) && user.matches()) {
            String rest = user.group(2) == null ? "" : user.group(2);
            Optional<String> role = Arrays.stream(Role.values()).map(Role::name).filter(rest::equals).findFirst()
                    .map(name -> messages.role(Role.valueOf(name)));
            Optional<String> words = known("audit." + action).map(pattern -> messages.get("audit." + action,
                    Long.parseLong(user.group(1)), role.orElse(rest)));
            if (words.isPresent()) {
                return words.get();
            }
        }
        return known("audit." + action).map(pattern -> messages.get("audit." + action, entry.details()))
                .orElse(action + (entry.details().isEmpty() ? "" : " " + entry.details()));
    }

    private String edit(AuditEntry entry, long request, String fieldCode) {
        Optional<EditableField> field = Arrays.stream(EditableField.values())
                .filter(f -> f.code().equals(fieldCode)).findFirst();
        String name = known("field." + fieldCode).orElse(fieldCode);
        if (entry.oldValue().isEmpty() && entry.newValue().isEmpty()) {
            // an entry written before old and new values were kept: the money comment, if any
            return messages.get("audit.request.edit.bare", request, name)
                    + (entry.details().isEmpty() ? "" : " " + entry.details());
        }
        String before = entry.oldValue().map(v -> value(field, v)).orElse(messages.get("audit.nothing"));
        String after = entry.newValue().map(v -> value(field, v)).orElse(messages.get("audit.nothing"));
        return messages.get("audit.request.edit", request, name, before, after);
    }

    /** @return a stored value as the reader reads it: the appliance and yes/no in words, amounts as money */
    private String value(Optional<EditableField> field, String stored) {
        if (field.isEmpty()) {
            return stored;
        }
        return switch (field.get()) {
            case EQUIPMENT -> equipment(stored);
            case REVIEW_TAKEN, OUT_OF_CITY -> messages.get(Boolean.parseBoolean(stored) ? "word.yes" : "word.no");
            case TOTAL, MATERIALS -> {
                try {
                    yield messages.money(Money.parse(stored));
                } catch (RuntimeException notAnAmount) {
                    yield stored;
                }
            }
            default -> stored;
        };
    }

    private String equipment(String code) {
        try {
            return messages.equipment(new EquipmentType(code));
        } catch (RuntimeException notACode) {
            return code;
        }
    }

    private static boolean isStatus(String name) {
        return Arrays.stream(Status.values()).anyMatch(s -> s.name().equals(name));
    }

    /** @return the text of the key, when the bundle has it ({@link Messages#get} shows a missing one as {@code [key]}) */
    private Optional<String> known(String key) {
        String text = messages.get(key);
        return text.equals("[" + key + "]") ? Optional.empty() : Optional.of(text);
    }
}
