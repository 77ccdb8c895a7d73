package com.repairbot.application.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dialogs as declared: stable names and step ids, and words for every field offered by Edit. */
class FlowDeclarationsTest {

    private final DialogDriver bot = new DialogDriver();

    private List<Flow> flows() {
        Screens screens = new Screens(bot.settings, bot.useCases);
        List<Flow> all = new ArrayList<>(new RequestFlows(bot.settings, bot.useCases, screens).all());
        all.addAll(new StaffFlows(bot.useCases, screens).all());
        return all;
    }

    @Test
    void the_flows_have_the_stored_names_and_step_ids() {
        Map<String, List<String>> steps = new java.util.LinkedHashMap<>();
        flows().forEach(flow -> steps.put(flow.name(), flow.steps().stream().map(flow::stepId).toList()));

        assertThat(steps).containsExactly(
                Map.entry("CreateRequest", List.of("CreateRequest:equipment", "CreateRequest:phone",
                        "CreateRequest:returning", "CreateRequest:description", "CreateRequest:name",
                        "CreateRequest:address", "CreateRequest:notes", "CreateRequest:visit",
                        "CreateRequest:confirm")),
                // the moves' dialogs, in the order of the table; those that existed before keep their stored names
                Map.entry("AssignTechnician", List.of("AssignTechnician:technician")),
                Map.entry("RefuseRequest", List.of("RefuseRequest:reason")),
                Map.entry("Move_reassign", List.of("Move_reassign:technician")),
                Map.entry("DeclineRequest", List.of("DeclineRequest:reason")),
                Map.entry("LongRepair", List.of("LongRepair:date", "LongRepair:prepayment", "LongRepair:parts",
                        "LongRepair:confirm")),
                Map.entry("CompleteRequest", List.of("CompleteRequest:total", "CompleteRequest:materials",
                        "CompleteRequest:review", "CompleteRequest:out_of_city", "CompleteRequest:confirm")),
                Map.entry("RescheduleVisit", List.of("RescheduleVisit:visit", "RescheduleVisit:reason")),
                Map.entry("AddNotes", List.of("AddNotes:notes")),
                Map.entry("EditField", List.of("EditField:field", "EditField:value")),
                Map.entry("AddTechnician", List.of("AddTechnician:user", "AddTechnician:name", "AddTechnician:phone",
                        "AddTechnician:specialization", "AddTechnician:confirm")),
                Map.entry("BindWorkGroup", List.of("BindWorkGroup:group", "BindWorkGroup:confirm")),
                Map.entry("GrantRole", List.of("GrantRole:user", "GrantRole:role")),
                Map.entry("RevokeRole", List.of("RevokeRole:user", "RevokeRole:role")));
    }

    @Test
    void every_flow_with_a_summary_offers_edit_of_its_own_steps_only_and_every_field_has_words() {
        for (Flow flow : flows()) {
            boolean summary = flow.steps().stream().anyMatch(Step::confirm);
            assertThat(flow.editable().isEmpty()).as(flow.name()).isEqualTo(!summary);
            for (String id : flow.editable()) {
                assertThat(flow.step(id)).as(flow.name() + "." + id).isPresent();
                for (Messages messages : List.of(Messages.forLanguage(Locale.ENGLISH),
                        Messages.forLanguage(Messages.RUSSIAN))) {
                    assertThat(messages.has("field." + flow.name() + "." + id)).as(flow.name() + "." + id).isTrue();
                }
            }
        }
    }

    @Test
    void only_the_notes_and_visit_of_a_new_request_the_long_repair_extras_and_a_technicians_name_are_optional() {
        List<String> optional = flows().stream()
                .flatMap(flow -> flow.steps().stream().filter(Step::optional).map(flow::stepId)).toList();

        assertThat(optional).containsExactly("CreateRequest:notes", "CreateRequest:visit", "LongRepair:prepayment",
                "LongRepair:parts", "AddTechnician:name");
    }

    @Test
    void no_flow_seeds_an_idempotency_key_the_create_dialogs_key_is_its_person_and_instance() {
        for (Flow flow : flows()) {
            assertThat(flow.seed().get()).as(flow.name()).isEmpty();
        }
        assertThat(CreateRequestFlow.confirmKey(new com.repairbot.domain.staff.UserId(42), "abc123"))
                .isEqualTo("dialog:42:abc123");
    }

    @Test
    void a_flow_needs_at_least_one_step() {
        assertThatThrownBy(() -> new Flow("Empty", List.of(), ctx -> List.<Outbound>of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Empty");
    }

    @Test
    void a_flow_finds_its_steps_by_id() {
        Flow flow = flows().get(0);

        assertThat(flow.step("phone")).map(Step::id).contains("phone");
        assertThat(flow.step("nothing")).isEmpty();
        assertThat(flow.indexOf(flow.step("confirm").orElseThrow())).isEqualTo(8);
    }
}
