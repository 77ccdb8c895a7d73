package com.repairbot.domain.request;

import static com.repairbot.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small values a request is made of. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequestValuesTest {

    @Nested
    class A_problem_description {

        @Test
        void refuses_nine_characters() {
            assertRefused(() -> new ProblemDescription("не греет!"), "description.length", 10, 500);
        }

        @Test
        void accepts_ten_characters() {
            assertThat(new ProblemDescription("не греет!!").value()).hasSize(10);
        }

        @Test
        void accepts_five_hundred_characters() {
            assertThat(new ProblemDescription("ш".repeat(500)).value()).hasSize(500);
        }

        @Test
        void refuses_five_hundred_and_one_characters() {
            assertRefused(() -> new ProblemDescription("ш".repeat(501)), "description.length", 10, 500);
        }

        @Test
        void counts_after_cleaning() {
            assertRefused(() -> new ProblemDescription("   не греет!\u0000   "), "description.length", 10, 500);
        }

        @Test
        void prints_a_phone_inside_it_masked() {
            assertThat(new ProblemDescription("течёт, перезвонить 89991234567"))
                    .hasToString("течёт, перезвонить 8******4567");
        }
    }

    @Nested
    class Notes_on_a_request {

        @Test
        void hold_up_to_a_thousand_characters() {
            assertThat(new Notes("н".repeat(1000)).value()).hasSize(1000);
            assertRefused(() -> new Notes("н".repeat(1001)), "notes.length", 1, 1000);
            assertRefused(() -> new Notes("  "), "notes.length", 1, 1000);
        }

        @Test
        void append_on_a_new_line() {
            assertThat(new Notes("домофон 15").append(new Notes("собака во дворе")).value())
                    .isEqualTo("домофон 15\nсобака во дворе");
        }

        @Test
        void refuse_an_append_over_the_limit_saying_that_the_total_is_limited_and_how_much_fits() {
            Notes nearlyFull = new Notes("н".repeat(995));

            assertThat(nearlyFull.append(new Notes("абвг")).value()).hasSize(1000);
            assertRefused(() -> nearlyFull.append(new Notes("абвгд")), "notes.total_length", 1000, 995, 4);
        }

        @Test
        void print_an_email_inside_them_masked() {
            assertThat(new Notes("счёт на ivan@mail.ru")).hasToString("счёт на i***@mail.ru");
        }
    }

    @Nested
    class A_refusal_reason {

        @Test
        void has_three_to_five_hundred_characters() {
            assertRefused(() -> new RefusalReason("да"), "reason.length", 3, 500);
            assertThat(new RefusalReason("нет").value()).isEqualTo("нет");
            assertThat(new RefusalReason("п".repeat(500)).value()).hasSize(500);
            assertRefused(() -> new RefusalReason("п".repeat(501)), "reason.length", 3, 500);
            assertRefused(() -> new RefusalReason(null), "reason.length", 3, 500);
        }

        @Test
        void prints_a_phone_inside_it_masked() {
            assertThat(new RefusalReason("клиент просил звонить на +7 916 000-11-22"))
                    .hasToString("клиент просил звонить на +7 *** ***-11-22");
        }
    }

    @Nested
    class A_request_number {

        @ParameterizedTest
        @ValueSource(strings = {"#12", "12", " #12 ", "012"})
        void reads_digits_with_or_without_a_hash(String text) {
            assertThat(RequestNumber.parse(text)).isEqualTo(new RequestNumber(12));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"x", "#", "#0", "0", "-12", "12a", "# 12", "1234567890123456789"})
        void refuses_anything_else(String text) {
            assertRefused(() -> RequestNumber.parse(text), "request_number.invalid");
        }

        @Test
        void prints_with_a_hash() {
            assertThat(new RequestNumber(123)).hasToString("#123");
        }
    }

    @Nested
    class An_equipment_type {

        @Test
        void has_the_ten_defaults_of_the_spec() {
            assertThat(EquipmentType.DEFAULTS).extracting(EquipmentType::code).containsExactly(
                    "washing_machine", "dryer", "oven", "dishwasher", "coffee_machine", "refrigerator", "plumbing",
                    "electrical", "water_heater", "tv");
        }

        @Test
        void accepts_a_lower_case_code_of_up_to_forty_characters() {
            assertThat(new EquipmentType("air_conditioner_2")).hasToString("air_conditioner_2");
            assertThat(new EquipmentType("a".repeat(40)).code()).hasSize(40);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"Washing_Machine", "washing machine", "стиралка", "tv-set",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
        void refuses_any_other_code(String code) {
            assertRefused(() -> new EquipmentType(code), "equipment.invalid");
        }
    }

    @Test
    void the_details_of_a_move_are_one_of_five_kinds() {
        assertThat(MoveDetails.NONE).isEqualTo(new MoveDetails.None());
        assertThat(List.of(MoveDetails.class.getPermittedSubclasses())).hasSize(5);
    }
}
