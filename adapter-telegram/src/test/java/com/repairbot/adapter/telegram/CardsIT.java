package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import com.repairbot.adapter.telegram.FakeBotApi.Fault;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The request card in the technician's work group, edited in place through the Bot API. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CardsIT {

    private static final long DISPATCHER = 1001;
    private static final long TECHNICIAN = 3000;
    private static final long GROUP = -3000;

    private static RequestNumber assigned(Harness h) {
        h.stores.staff().saveTechnician(Technician.added(new UserId(TECHNICIAN), PhoneNumber.parse("+79990003000"),
                new Specialization("стиральные машины")).withWorkGroup(new ChatId(GROUP)));
        h.stores.staff().grant(new UserId(TECHNICIAN), Role.TECHNICIAN);
        RequestNumber number = h.core.useCases().create().create(new CreateRequestCommand(new UserId(DISPATCHER),
                Requests.draft(), "key-1")).request().number();
        h.core.useCases().assign().assign(new AssignTechnicianCommand(new UserId(DISPATCHER), number,
                new UserId(TECHNICIAN)));
        h.core.relay().deliverDue(100);
        return number;
    }

    @Test
    void the_card_is_posted_in_the_group_and_edited_in_place_as_the_technician_presses_its_buttons() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            assigned(h);
            List<Call> group = h.api.shown(GROUP);
            assertThat(group).singleElement().satisfies(card -> {
                assertThat(card.method()).isEqualTo("sendMessage");
                assertThat(Harness.data(card)).containsExactly("r:1:accept", "r:1:decline", "r:1:card");
                assertThat(card.param("text")).doesNotContain("9991234567");
            });
            int cardId = h.api.messageIdOf(group.getFirst());

            h.press(GROUP, TECHNICIAN, "Принять");
            h.core.relay().deliverDue(100);
            h.press(GROUP, TECHNICIAN, "На месте");
            h.core.relay().deliverDue(100);

            List<Call> edits = h.api.calls("editMessageText").stream().filter(c -> c.chat() == GROUP)
                    .filter(c -> c.param("text").startsWith("🔄")).toList();
            assertThat(edits).hasSize(2).allSatisfy(edit ->
                    assertThat(Integer.parseInt(edit.param("message_id"))).isEqualTo(cardId));
            assertThat(Harness.data(edits.get(0))).containsExactly("r:1:onsite", "r:1:long_repair", "r:1:card");
            assertThat(edits.get(1).param("text")).contains("+79991234567");
            assertThat(Harness.data(edits.get(1))).containsExactly("r:1:complete", "r:1:long_repair", "r:1:card");
        }
    }

    @Test
    void a_card_deleted_in_the_group_is_posted_again_and_later_changes_edit_the_new_one() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            RequestNumber number = assigned(h);
            int first = h.api.messageIdOf(h.api.shown(GROUP).getFirst());
            h.api.fail("editMessageText", new Fault.Error(400, 400, "Bad Request: message to edit not found"));

            h.core.useCases().accept().accept(new com.repairbot.application.port.in.AcceptRequestCommand(
                    new UserId(TECHNICIAN), number));
            h.core.relay().deliverDue(100);
            Call reposted = h.api.lastShown(GROUP);
            assertThat(reposted.method()).isEqualTo("sendMessage");
            int second = h.api.messageIdOf(reposted);
            assertThat(second).isNotEqualTo(first);
            assertThat(h.stores.placements().find(number, new ChatId(GROUP)).orElseThrow().message().messageId())
                    .isEqualTo(second);

            h.core.useCases().onSite().markOnSite(new com.repairbot.application.port.in.MarkOnSiteCommand(
                    new UserId(TECHNICIAN), number));
            h.core.relay().deliverDue(100);
            Call edited = h.api.lastShown(GROUP);
            assertThat(edited.method()).isEqualTo("editMessageText");
            assertThat(Integer.parseInt(edited.param("message_id"))).isEqualTo(second);
        }
    }

    @Test
    void a_card_that_already_shows_the_change_counts_as_edited() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            RequestNumber number = assigned(h);
            int first = h.api.messageIdOf(h.api.shown(GROUP).getFirst());
            h.api.fail("editMessageText", new Fault.Error(400, 400,
                    "Bad Request: message is not modified: specified new message content and reply markup are"
                            + " exactly the same"));

            h.core.useCases().accept().accept(new com.repairbot.application.port.in.AcceptRequestCommand(
                    new UserId(TECHNICIAN), number));
            h.core.relay().deliverDue(100);

            assertThat(h.api.calls("sendMessage").stream().filter(c -> c.chat() == GROUP)).hasSize(1);
            assertThat(h.stores.placements().find(number, new ChatId(GROUP)).orElseThrow().message().messageId())
                    .isEqualTo(first);
            assertThat(h.stores.outbox().size()).isZero();
        }
    }
}
