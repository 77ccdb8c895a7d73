package com.repairbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The money walks of the terminal: a second long repair keeps the prepayment; an admin corrects a closed total. */
class ConsoleMoneyTest {

    private final Terminal terminal = new Terminal();
    private final RepairRequests requests = terminal.requests();

    private String run(String... lines) throws IOException {
        return terminal.run(lines);
    }

    /** Technician 3 with a work group, request 1 entered, assigned, accepted and on site. */
    private static final String[] ON_SITE = {
        "/addtech", "3", "#2", "89990001122", "стиральные машины", "1", "2", "/chat -1003", "1",
        "/as 2", "/new", "1", "+7 (999) 123-45-67", "Не сливает воду, шумит", "Иванов Иван",
        "г. Москва, ул. Ленина, д. 10, кв. 5", "#2", "#2", "1", "1", "1",
        "/as 3", "/card 1", "1", "1"};

    private static String[] walk(String... more) {
        String[] all = new String[ON_SITE.length + more.length];
        System.arraycopy(ON_SITE, 0, all, 0, ON_SITE.length);
        System.arraycopy(more, 0, all, ON_SITE.length, more.length);
        return all;
    }

    @Test
    void a_second_long_repair_with_the_prepayment_and_parts_skipped_keeps_both() throws IOException {
        String screen = run(walk(
                // long repair with 1 500 ₽ and a parts note; back on site; long repair again, both steps skipped
                "2", "25.12", "1500", "ждём ТЭН", "1",
                "2", "2", "30.12", "#2", "#2", "1", "/quit")); // #2: Skip, where a typed 2 would be 2 ₽

        RepairRequest request = requests.find(new RequestNumber(1)).orElseThrow();
        LongRepairPlan plan = request.longRepair().orElseThrow();
        assertThat(plan.prepayment()).contains(Money.rubles(1500));
        assertThat(plan.partsNote()).isEqualTo("ждём ТЭН");
        assertThat(screen).contains("Предоплата уже записана: 1 500 ₽", "Запчасти уже записаны: ждём ТЭН",
                "Готовность: 30.12.2026\nПредоплата: 1 500 ₽\nЗапчасти: ждём ТЭН");
    }

    @Test
    void an_admin_corrects_the_total_of_a_closed_request() throws IOException {
        String screen = run(walk(
                // closed with 10 000 ₽, materials 2 000 ₽, review taken, in town: 60 % of 8 000 ₽
                "1", "10000", "2000", "1", "2", "1",
                // the admin: Исправить → Сумма → 12 000 ₽; the technician's share follows
                "/as 1", "/card 1", "2", "8", "12000", "/quit"));

        RepairRequest request = requests.find(new RequestNumber(1)).orElseThrow();
        assertThat(request.completion().orElseThrow().total()).isEqualTo(Money.rubles(12000));
        assertThat(screen).contains("[8] Сумма", "[9] Материалы", "[10] Отзыв", "[11] Выезд за город",
                "Чистыми: 10 000 ₽; мастеру 60 %: 6 000 ₽; компании: 4 000 ₽",
                "— изменено поле «Сумма»: 10 000 ₽ → 12 000 ₽");
    }

    @Test
    void a_dispatcher_is_offered_no_money_of_a_closed_request() throws IOException {
        String screen = run(walk("1", "10000", "2000", "1", "2", "1", "/as 2", "/card 1", "/quit"));

        assertThat(screen.substring(screen.lastIndexOf("2> "))).doesNotContain("Исправить");
    }
}
