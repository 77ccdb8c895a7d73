package com.repairbot.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardsTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant CREATED = Instant.parse("2026-03-10T09:00:00Z");
    private static final RequestNumber N1 = new RequestNumber(1);
    private static final UserId DISPATCHER = new UserId(200);
    private static final UserId TECHNICIAN = new UserId(300);

    private final Messages ru = Messages.forLanguage(Messages.RUSSIAN);
    /** The dispatcher as Telegram shows her, the technician by the name the office gave him; 301 unknown. */
    private final Map<UserId, Person> people = Map.of(
            DISPATCHER, Person.unknown(DISPATCHER).seenAs("Мария", "Иванова", "", Messages.RUSSIAN),
            TECHNICIAN, Person.unknown(TECHNICIAN).named("Сергей Петров"));
    private final Cards cards = new Cards(ru, MOSCOW, new Names(id -> Optional.ofNullable(people.get(id)), ru));

    private static RepairRequest request(Status status, Optional<UserId> technician, Optional<LongRepairPlan> plan,
                                         Optional<Completion> completion, Optional<RefusalReason> refusal) {
        return new RepairRequest(N1, new EquipmentType("washing_machine"),
                new ProblemDescription("Не сливает воду, гудит"),
                new Client(new PersonName("Иванов Иван"), PhoneNumber.parse("+79991234567"),
                        new Address("г. Москва, ул. Ленина, д. 5")),
                Optional.of(new Notes("Домофон 12")),
                Optional.of(new ScheduledVisit("завтра 10:00", Optional.of(LocalDateTime.of(2026, 3, 11, 10, 0)))),
                DISPATCHER, technician, status, plan, completion, refusal, CREATED, CREATED, CREATED, 1);
    }

    private static RepairRequest fresh() {
        return request(Status.NEW, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void the_summary_shows_every_field_with_the_times_in_the_business_zone() {
        assertThat(cards.summary(fresh(), true)).isEqualTo(String.join("\n",
                "Заявка #1 · Новая",
                "Техника: Стиральная машина",
                "Проблема: Не сливает воду, гудит",
                "Клиент: Иванов Иван",
                "Телефон: +79991234567",
                "Адрес: г. Москва, ул. Ленина, д. 5",
                "Визит: завтра 10:00 (11.03.2026 10:00)",
                "Заметки: Домофон 12",
                "Диспетчер: Мария И.",
                "Создана: 10.03.2026 12:00"));
    }

    @Test
    void the_phone_is_hidden_from_a_viewer_who_may_not_see_it_yet() {
        String text = cards.summary(fresh(), false);

        assertThat(text).contains("Телефон: +7******4567 (будет виден, когда вы на месте)")
                .doesNotContain("+79991234567");
    }

    @Test
    void the_card_of_a_technician_before_on_site_hides_the_phone_and_shows_the_history() {
        RepairRequest assigned = request(Status.ASSIGNED, Optional.of(TECHNICIAN), Optional.empty(),
                Optional.empty(), Optional.empty());
        RequestCardView view = new RequestCardView(assigned, List.of(
                new HistoryEntry(N1, Optional.empty(), Status.NEW, DISPATCHER, CREATED, ""),
                new HistoryEntry(N1, Optional.of(Status.NEW), Status.ASSIGNED, DISPATCHER,
                        CREATED.plusSeconds(600), "technician:300")),
                assigned.phoneVisibleToTechnician(), List.of(), true, false);

        assertThat(cards.card(view)).contains(
                "Заявка #1 · Назначена",
                "Телефон: +7******4567 (будет виден, когда вы на месте)",
                "Мастер: Сергей Петров",
                "\n\nИстория:\n10.03.2026 12:00 · создана · Мария И.\n"
                        + "10.03.2026 12:10 · Новая → Назначена · Мария И. — мастер Сергей Петров");
    }

    @Test
    void a_card_without_history_has_no_history_heading() {
        RequestCardView view = new RequestCardView(fresh(), List.of(), true, List.of(), true, false);

        assertThat(cards.card(view)).isEqualTo(cards.summary(fresh(), true)).doesNotContain("История");
    }

    @Test
    void a_visit_that_could_not_be_read_is_shown_as_typed() {
        assertThat(cards.visit(new ScheduledVisit("после обеда", Optional.empty()))).isEqualTo("после обеда");
        assertThat(cards.visit(new ScheduledVisit("25.03 14:00", Optional.of(LocalDateTime.of(2026, 3, 25, 14, 0)))))
                .isEqualTo("25.03 14:00 (25.03.2026 14:00)");
    }

    @Test
    void a_long_repair_shows_the_date_the_prepayment_and_the_parts() {
        RepairRequest longRepair = request(Status.LONG_REPAIR, Optional.of(TECHNICIAN),
                Optional.of(new LongRepairPlan(LocalDate.of(2026, 12, 25), Optional.of(Money.rubles(1500)), "ТЭН")),
                Optional.empty(), Optional.empty());

        assertThat(cards.summary(longRepair, true)).contains("Долгий ремонт до: 25.12.2026",
                "Предоплата: " + ru.money(Money.rubles(1500)), "Запчасти: ТЭН");
    }

    @Test
    void a_long_repair_without_prepayment_or_parts_shows_only_the_date() {
        RepairRequest longRepair = request(Status.LONG_REPAIR, Optional.of(TECHNICIAN),
                Optional.of(new LongRepairPlan(LocalDate.of(2026, 12, 25), Optional.empty(), "")),
                Optional.empty(), Optional.empty());

        assertThat(cards.summary(longRepair, true)).contains("Долгий ремонт до: 25.12.2026")
                .doesNotContain("Предоплата", "Запчасти");
    }

    @Test
    void a_closed_request_shows_the_money_and_its_split() {
        Completion money = Completion.of(Money.rubles(10000), Money.rubles(2000), true, false,
                ProfitSplitPolicy.defaults());
        RepairRequest closed = request(Status.CLOSED, Optional.of(TECHNICIAN), Optional.empty(), Optional.of(money),
                Optional.empty());

        assertThat(cards.completion(money)).isEqualTo(
                "Сумма: " + ru.money(Money.rubles(10000)) + ", материалы: " + ru.money(Money.rubles(2000))
                        + ", отзыв: Да, за городом: Нет\nЧистыми: " + ru.money(Money.rubles(8000))
                        + "; мастеру 60 %: " + ru.money(Money.rubles(4800)) + "; компании: "
                        + ru.money(Money.rubles(3200)));
        assertThat(cards.summary(closed, true)).contains("Заявка #1 · Закрыта", cards.completion(money));
    }

    @Test
    void a_refused_request_shows_the_reason() {
        RepairRequest refused = request(Status.REFUSED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new RefusalReason("Клиент передумал")));

        assertThat(cards.summary(refused, true)).contains("Заявка #1 · Отказ", "Причина отказа: Клиент передумал");
    }

    @Test
    void a_request_without_notes_visit_or_technician_leaves_those_lines_out() {
        RepairRequest plain = new RepairRequest(N1, new EquipmentType("tv"), new ProblemDescription("Нет звука совсем"),
                new Client(new PersonName("Анна"), PhoneNumber.parse("89991234567"),
                        new Address("ул. Мира, д. 1, кв 3")), Optional.empty(), Optional.empty(), DISPATCHER,
                Optional.empty(), Status.NEW, Optional.empty(), Optional.empty(), Optional.empty(), CREATED,
                CREATED, CREATED, 1);

        assertThat(cards.summary(plain, true)).doesNotContain("Визит", "Заметки", "Мастер");
    }

    @Test
    void a_list_line_has_the_number_status_appliance_and_the_client_in_full() {
        assertThat(cards.listLine(fresh(), true)).isEqualTo(
                "#1 · Новая · Стиральная машина · Иванов Иван · +79991234567 · г. Москва, ул. Ленина, д. 5");
    }

    @Test
    void a_list_line_leaves_the_phone_out_for_a_reader_who_may_not_read_it_yet() {
        assertThat(cards.listLine(fresh(), false)).isEqualTo(
                "#1 · Новая · Стиральная машина · Иванов Иван · телефон — когда вы на месте · г. Москва, ул. Ленина, д. 5")
                .doesNotContain("4567");
    }

    @Test
    void history_lines_say_when_what_and_who_and_why() {
        Instant at = Instant.parse("2026-03-10T10:30:00Z");

        assertThat(cards.historyLine(new HistoryEntry(N1, Optional.empty(), Status.NEW, DISPATCHER, at, "")))
                .isEqualTo("10.03.2026 13:30 · создана · Мария И.");
        assertThat(cards.historyLine(new HistoryEntry(N1, Optional.of(Status.ASSIGNED), Status.REFUSED, TECHNICIAN,
                at, "Нет запчастей"))).isEqualTo(
                "10.03.2026 13:30 · Назначена → Отказ · Сергей Петров — Нет запчастей");
        assertThat(cards.historyLine(new HistoryEntry(N1, Optional.of(Status.ACCEPTED), Status.ACCEPTED, TECHNICIAN,
                at, "field:visit Задержался"))).isEqualTo(
                "10.03.2026 13:30 · Принята · Сергей Петров — изменено поле «Визит»: Задержался");
        assertThat(cards.historyLine(new HistoryEntry(N1, Optional.of(Status.NEW), Status.NEW, DISPATCHER,
                at, "field:client_name"))).isEqualTo(
                "10.03.2026 13:30 · Новая · Мария И. — изменено поле «Имя клиента»");
        assertThat(cards.historyLine(new HistoryEntry(N1, Optional.of(Status.ASSIGNED), Status.ASSIGNED, DISPATCHER,
                at, "technician:301"))).isEqualTo(
                "10.03.2026 13:30 · Назначена · Мария И. — мастер пользователь 301");
    }

    @Test
    void an_english_card_is_in_english() {
        Cards english = new Cards(Messages.forLanguage(Locale.ENGLISH), MOSCOW);

        assertThat(english.summary(fresh(), false)).contains("Request #1 · New", "Appliance: Washing machine",
                "Phone: +7******4567 (shown once you are on site)", "Created: 10.03.2026 12:00");
        assertThat(english.historyLine(new HistoryEntry(N1, Optional.of(Status.NEW), Status.NEW, DISPATCHER,
                CREATED, "field:phone"))).endsWith("field \"Phone\" changed");
    }
}
