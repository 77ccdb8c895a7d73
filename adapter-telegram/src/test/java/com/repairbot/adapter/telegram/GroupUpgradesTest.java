package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import com.repairbot.adapter.telegram.GroupUpgrades.Move;
import com.repairbot.application.port.in.MoveWorkGroupCommand;
import com.repairbot.application.port.in.MoveWorkGroupResult;
import com.repairbot.domain.staff.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GroupUpgradesTest {

    private static final long GROUP = -4_000_111L;
    private static final long SUPERGROUP = -1_004_000_111L;

    private static Update update(String body) {
        return BotUtils.parseUpdate("{\"update_id\":9," + body + "}");
    }

    @Test
    void the_service_message_in_the_old_group_announces_the_move() {
        assertThat(GroupUpgrades.announced(update(FakeBotApi.migratedTo(GROUP, 2001, SUPERGROUP))))
                .contains(new Move(GROUP, SUPERGROUP));
    }

    @Test
    void the_service_message_in_the_new_supergroup_announces_the_same_move() {
        assertThat(GroupUpgrades.announced(update(FakeBotApi.migratedFrom(SUPERGROUP, GROUP))))
                .contains(new Move(GROUP, SUPERGROUP));
    }

    @Test
    void an_ordinary_message_or_a_button_press_announces_nothing() {
        assertThat(GroupUpgrades.announced(update(FakeBotApi.text(GROUP, 2001, "привет")))).isEmpty();
        assertThat(GroupUpgrades.announced(update(FakeBotApi.callback("cb", GROUP, 2001, 5, "x")))).isEmpty();
    }

    @Test
    void a_chat_goes_to_its_supergroup_once_followed_and_others_stay_where_they_are() {
        GroupUpgrades upgrades = new GroupUpgrades(move -> { });

        upgrades.follow(new Move(GROUP, SUPERGROUP));

        assertThat(upgrades.current(GROUP)).isEqualTo(SUPERGROUP);
        assertThat(upgrades.current(SUPERGROUP)).isEqualTo(SUPERGROUP);
        assertThat(upgrades.current(-42)).isEqualTo(-42);
    }

    @Test
    void the_application_is_told_until_it_took_the_move_and_not_again() {
        List<MoveWorkGroupCommand> told = new ArrayList<>();
        boolean[] storeDown = {true};
        GroupMoveReports reports = new GroupMoveReports(Optional.of(command -> {
            told.add(command);
            if (storeDown[0]) {
                throw new IllegalStateException("store unavailable");
            }
            return new MoveWorkGroupResult(List.of(new UserId(2001)), 1, false);
        }), () -> new UserId(777));
        GroupUpgrades upgrades = new GroupUpgrades(reports::report);

        upgrades.follow(new Move(GROUP, SUPERGROUP)); // fails: tried again on the next report
        storeDown[0] = false;
        upgrades.follow(new Move(GROUP, SUPERGROUP));
        upgrades.follow(new Move(GROUP, SUPERGROUP));

        assertThat(told).hasSize(2).allSatisfy(command -> {
            assertThat(command.system()).isEqualTo(new UserId(777));
            assertThat(command.from().value()).isEqualTo(GROUP);
            assertThat(command.to().value()).isEqualTo(SUPERGROUP);
        });
        assertThat(upgrades.current(GROUP)).isEqualTo(SUPERGROUP);
    }
}
