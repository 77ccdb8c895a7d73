package com.repairbot.application;

import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.TransitionTable;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The application's configuration, read and validated by the bootstrap.
 *
 * @param admins         users who are admins by configuration ({@code ADMIN_IDS})
 * @param dispatchers    users who are dispatchers by configuration ({@code DISPATCHER_IDS})
 * @param staffGroup     optional group told about every new request ({@code GROUP_CHAT_ID})
 * @param equipment      the appliance kinds offered, in order
 * @param splitPolicy    how the net of a closed request is shared
 * @param dialogTtl      how long an abandoned dialog is kept; under a week, so that a repeated Telegram update
 *                       is recognised (ADR 0017)
 * @param zone           the business time zone ({@code TZ_NAME})
 * @param pageSize       requests per list page
 * @param companyContact what clients who write to the bot are told to use instead
 * @param transitions    the moves there are (the product's {@link TransitionTable#standard()}; a test or an embedder
 *                       may add rows: the buttons, dialogs and the move use case follow them)
 */
public record ApplicationSettings(Set<UserId> admins, Set<UserId> dispatchers, Optional<ChatId> staffGroup,
                                  List<EquipmentType> equipment, ProfitSplitPolicy splitPolicy, Duration dialogTtl,
                                  ZoneId zone, int pageSize, String companyContact,
                                  TransitionTable transitions) {

    public ApplicationSettings {
        admins = Set.copyOf(admins);
        dispatchers = Set.copyOf(dispatchers);
        Objects.requireNonNull(staffGroup, "staffGroup");
        equipment = List.copyOf(equipment);
        if (equipment.isEmpty()) {
            throw new IllegalArgumentException("at least one equipment type is needed");
        }
        Objects.requireNonNull(splitPolicy, "splitPolicy");
        if (dialogTtl.isNegative() || dialogTtl.isZero()) {
            throw new IllegalArgumentException("dialog TTL must be positive");
        }
        Objects.requireNonNull(zone, "zone");
        if (pageSize < 1 || pageSize > 50) {
            throw new IllegalArgumentException("page size must be 1..50");
        }
        companyContact = companyContact == null ? "" : companyContact.strip();
        Objects.requireNonNull(transitions, "transitions");
    }

    /** Settings with the product's table of moves. */
    public ApplicationSettings(Set<UserId> admins, Set<UserId> dispatchers, Optional<ChatId> staffGroup,
                               List<EquipmentType> equipment, ProfitSplitPolicy splitPolicy, Duration dialogTtl,
                               ZoneId zone, int pageSize, String companyContact) {
        this(admins, dispatchers, staffGroup, equipment, splitPolicy, dialogTtl, zone, pageSize, companyContact,
                TransitionTable.standard());
    }

    /** @return these settings with another table of moves */
    public ApplicationSettings withTransitions(TransitionTable table) {
        return new ApplicationSettings(admins, dispatchers, staffGroup, equipment, splitPolicy, dialogTtl, zone,
                pageSize, companyContact, table);
    }

    /** @return the defaults (see the README's configuration table) with the given configured staff */
    public static ApplicationSettings defaults(Set<UserId> admins, Set<UserId> dispatchers) {
        return new ApplicationSettings(admins, dispatchers, Optional.empty(), EquipmentType.DEFAULTS,
                ProfitSplitPolicy.defaults(), Duration.ofHours(24), ZoneId.of("Europe/Moscow"), 10, "");
    }
}
