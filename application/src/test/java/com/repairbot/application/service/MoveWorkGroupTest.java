package com.repairbot.application.service;

import static com.repairbot.application.service.World.INACTIVE_TECHNICIAN;
import static com.repairbot.application.service.World.INACTIVE_TECHNICIAN_GROUP;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN_GROUP;
import static com.repairbot.application.service.World.STAFF_GROUP;
import static com.repairbot.application.service.World.START;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.MoveWorkGroupCommand;
import com.repairbot.application.port.in.MoveWorkGroupResult;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.CardPlacement;
import com.repairbot.application.port.out.PostedMessage;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MoveWorkGroupTest {

    private static final UserId BOT = new UserId(777);
    private static final ChatId SUPERGROUP = new ChatId(-1_001_000_000_100L);
    private static final RequestNumber N1 = new RequestNumber(1);
    private static final RequestNumber N2 = new RequestNumber(2);

    private final World world = new World();

    private MoveWorkGroupResult move(ChatId from, ChatId to) {
        return world.staffService.move(new MoveWorkGroupCommand(BOT, from, to));
    }

    private Optional<ChatId> groupOf(UserId technician) {
        return world.staff.technician(technician).flatMap(Technician::workGroup);
    }

    @Test
    void every_technician_bound_to_the_old_chat_is_bound_to_the_new_one_and_the_others_stay() {
        Technician other = world.staff.technician(OTHER_TECHNICIAN).orElseThrow();
        world.staff.saveTechnician(other.withWorkGroup(TECHNICIAN_GROUP)); // two technicians share the group

        MoveWorkGroupResult moved = move(TECHNICIAN_GROUP, SUPERGROUP);

        assertThat(moved.rebound()).containsExactly(TECHNICIAN, OTHER_TECHNICIAN);
        assertThat(groupOf(TECHNICIAN)).contains(SUPERGROUP);
        assertThat(groupOf(OTHER_TECHNICIAN)).contains(SUPERGROUP);
        assertThat(groupOf(INACTIVE_TECHNICIAN)).contains(INACTIVE_TECHNICIAN_GROUP);
    }

    @Test
    void the_cards_of_the_old_chat_are_forgotten_and_those_of_other_chats_kept() {
        CardPlacement kept = new CardPlacement(N1, new PostedMessage(OTHER_TECHNICIAN_GROUP, 5));
        world.placements.remember(new CardPlacement(N1, new PostedMessage(TECHNICIAN_GROUP, 4)));
        world.placements.remember(new CardPlacement(N2, new PostedMessage(TECHNICIAN_GROUP, 6)));
        world.placements.remember(kept);

        MoveWorkGroupResult moved = move(TECHNICIAN_GROUP, SUPERGROUP);

        assertThat(moved.cardsForgotten()).isEqualTo(2);
        assertThat(world.placements.of(N1)).containsExactly(kept);
        assertThat(world.placements.of(N2)).isEmpty();
    }

    @Test
    void the_move_is_recorded_against_the_system_in_the_audit_log() {
        move(TECHNICIAN_GROUP, SUPERGROUP);

        assertThat(world.audit.latest(10)).containsExactly(new AuditEntry(START, BOT, "work_group.move",
                Optional.empty(),
                "chat -100 -> -1001000000100, technicians 1, cards 0"));
    }

    @Test
    void the_second_report_of_the_same_upgrade_changes_nothing_and_is_not_audited_again() {
        move(TECHNICIAN_GROUP, SUPERGROUP);

        MoveWorkGroupResult again = move(TECHNICIAN_GROUP, SUPERGROUP);

        assertThat(again.changed()).isFalse();
        assertThat(again.rebound()).isEmpty();
        assertThat(world.audit.latest(10)).hasSize(1);
        assertThat(groupOf(TECHNICIAN)).contains(SUPERGROUP);
    }

    @Test
    void a_move_of_the_configured_staff_group_is_reported_so_that_the_operator_can_be_told() {
        World configured = new World(World.settingsWithStaffGroup());

        MoveWorkGroupResult moved = configured.staffService.move(
                new MoveWorkGroupCommand(BOT, STAFF_GROUP, SUPERGROUP));

        assertThat(moved.staffGroup()).isTrue();
        assertThat(moved.changed()).isFalse();
        assertThat(move(TECHNICIAN_GROUP, SUPERGROUP).staffGroup()).isFalse();
    }

    @Test
    void a_chat_cannot_move_to_itself() {
        assertThatThrownBy(() -> new MoveWorkGroupCommand(BOT, TECHNICIAN_GROUP, TECHNICIAN_GROUP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(groupOf(TECHNICIAN)).contains(TECHNICIAN_GROUP);
    }
}
