package com.repairbot.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Role;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages ru = Messages.forLanguage(Messages.RUSSIAN);
    private final Messages en = Messages.forLanguage(Locale.ENGLISH);
    private final char group = DecimalFormatSymbols.getInstance(Messages.RUSSIAN).getGroupingSeparator();

    @Test
    void english_is_chosen_by_language_and_russian_for_everyone_else() {
        assertThat(Messages.forLanguage(Locale.US)).isSameAs(en);
        assertThat(en.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.forLanguage(Locale.GERMAN)).isSameAs(ru);
        assertThat(Messages.forLanguage(null)).isSameAs(ru);
        assertThat(ru.locale()).isEqualTo(Messages.RUSSIAN);
    }

    @Test
    void russian_money_groups_thousands_the_russian_way_with_kopecks_only_when_there_are_some() {
        assertThat(group).isIn('\u00a0', '\u202f', ' ');
        assertThat(ru.money(new Money(150050))).isEqualTo("1" + group + "500,50 ₽");
        assertThat(ru.money(new Money(150005))).isEqualTo("1" + group + "500,05 ₽");
        assertThat(ru.money(new Money(150000))).isEqualTo("1" + group + "500 ₽");
        assertThat(ru.money(Money.rubles(1_000_000))).isEqualTo("1" + group + "000" + group + "000 ₽");
        assertThat(ru.money(new Money(5))).isEqualTo("0,05 ₽");
        assertThat(ru.money(Money.ZERO)).isEqualTo("0 ₽");
    }

    @Test
    void english_money_uses_commas_and_a_point() {
        assertThat(en.money(new Money(150050))).isEqualTo("1,500.50 RUB");
        assertThat(en.money(new Money(150040))).isEqualTo("1,500.40 RUB");
        assertThat(en.money(Money.rubles(10000))).isEqualTo("10,000 RUB");
    }

    @Test
    void a_text_is_formatted_with_its_arguments_and_numbers_that_are_ids_are_not_grouped() {
        assertThat(ru.get("card.title", 12345L, "Новая")).isEqualTo("Заявка #12345 · Новая");
        assertThat(en.get("error.description.length", 10, 500))
                .isEqualTo("The description must be 10 to 500 characters long.");
    }

    @Test
    void a_text_without_arguments_is_returned_as_written() {
        assertThat(ru.get("word.yes")).isEqualTo("Да");
        assertThat(en.get("word.no")).isEqualTo("No");
    }

    @Test
    void a_missing_key_shows_itself_in_brackets() {
        assertThat(ru.get("no.such.key")).isEqualTo("[no.such.key]");
        assertThat(ru.has("no.such.key")).isFalse();
        assertThat(ru.has("word.yes")).isTrue();
    }

    @Test
    void statuses_roles_and_appliances_have_words() {
        assertThat(ru.status(Status.LONG_REPAIR)).isEqualTo("Долгий ремонт");
        assertThat(en.status(Status.ONSITE)).isEqualTo("On site");
        assertThat(ru.role(Role.TECHNICIAN)).isEqualTo("мастер");
        assertThat(en.role(Role.ADMIN)).isEqualTo("admin");
        assertThat(ru.equipment(new EquipmentType("coffee_machine"))).isEqualTo("Кофемашина");
        assertThat(en.equipment(new EquipmentType("tv"))).isEqualTo("TV");
    }

    @Test
    void an_appliance_without_words_is_shown_by_its_code() {
        assertThat(ru.equipment(new EquipmentType("air_conditioner"))).isEqualTo("air_conditioner");
    }

    @Test
    void a_refused_value_is_explained_with_its_limits_or_generically_when_unknown() {
        assertThat(ru.error(new InvalidValueException("name.length", 2, 200)))
                .isEqualTo("Имя должно быть от 2 до 200 символов.");
        assertThat(en.error(new InvalidValueException("notes.length", 1, 1000)))
                .isEqualTo("Notes: at most 1000 characters in all.");
        assertThat(ru.error(new InvalidValueException("brand.new"))).isEqualTo(ru.get("error.generic"));
    }

    @Test
    void date_times_are_day_first() {
        assertThat(ru.dateTime(LocalDateTime.of(2026, 11, 25, 9, 5))).isEqualTo("25.11.2026 09:05");
        assertThat(en.dateTime(LocalDateTime.of(2026, 11, 25, 14, 0))).isEqualTo("25.11.2026 14:00");
    }

    @Test
    void yes_and_no_have_words() {
        assertThat(ru.yesNo(true)).isEqualTo("Да");
        assertThat(ru.yesNo(false)).isEqualTo("Нет");
        assertThat(en.yesNo(true)).isEqualTo("Yes");
    }
}
