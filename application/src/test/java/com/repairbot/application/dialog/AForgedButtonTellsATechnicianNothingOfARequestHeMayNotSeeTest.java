package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.OTHER_GROUP;
import static com.repairbot.application.dialog.DialogDriver.OTHER_TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 9: a technician pressing a forged button of a request assigned to someone else learnt its status
 * ("request #1 cannot move from «On site» to «Accepted»"). He is answered as for a request that does not exist,
 * whatever the button, and nothing changes.
 */
class AForgedButtonTellsATechnicianNothingOfARequestHeMayNotSeeTest {

    private final DialogDriver bot = new DialogDriver();

    @ParameterizedTest
    @ValueSource(strings = {"accept", "onsite", "decline", "complete", "long_repair", "unassign", "reopen", "ping",
            "card", "notes", "resched", "edit", "assign", "refuse"})
    void a_request_of_another_technician_is_missing_for_him_whatever_the_button(String action) {
        long number = bot.onSiteRequest();
        bot.technician(OTHER_TECHNICIAN, OTHER_GROUP);
        RepairRequest before = bot.request(number);

        bot.pressRaw(OTHER_TECHNICIAN, "r:" + number + ":" + action);

        String told = String.join("\n", bot.replies().stream().map(Outbound::text).toList());
        assertThat(told).isEqualTo(ru().get("error.request_not_found", number));
        for (Status status : Status.values()) {
            assertThat(told).doesNotContain(ru().status(status));
        }
        assertThat(bot.request(number)).isEqualTo(before);
        assertThat(bot.step(OTHER_TECHNICIAN)).isEmpty();
    }

    @Test
    void the_card_command_for_someone_elses_request_says_it_does_not_exist_as_for_a_number_never_given() {
        long number = bot.onSiteRequest();
        bot.technician(OTHER_TECHNICIAN, OTHER_GROUP);

        bot.command(OTHER_TECHNICIAN, "card", Long.toString(number));
        List<String> forTheOne = bot.replies().stream().map(Outbound::text).toList();
        bot.command(OTHER_TECHNICIAN, "card", "77");
        List<String> forNone = bot.replies().stream().map(Outbound::text).toList();

        assertThat(forTheOne).containsExactly(ru().get("error.request_not_found", number));
        assertThat(forNone).containsExactly(ru().get("error.request_not_found", 77));
        assertThat(bot.request(number).status()).isEqualTo(Status.ONSITE);
        bot.command(DISPATCHER, "card", Long.toString(number));
        assertThat(bot.lastText()).startsWith("Заявка #" + number);
    }
}
