package com.repairbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The README's terminal walk for issue 15: search, the audit log in words, one technician's report. */
class ConsoleFindAuditAndTechnicianReportTest {

    private final Terminal terminal = new Terminal();

    @Test
    void the_readme_walk_finds_the_request_reads_its_audit_and_one_technicians_report() throws IOException {
        String screen = terminal.run(
                "/addtech", "3", "Сергей Петров", "89990001122", "стиральные машины", "1", "2", "/chat -1003", "1",
                "/as 2", "/new", "1", "+7 (999) 123-45-67", "Не сливает воду, шумит",
                "Иванов Иван", "г. Москва, ул. Ленина, д. 10, кв. 5", "#2", "#2", "1", "1", "1",
                "/as 3", "/card 1", "1", "1", "1", "10000", "2000", "1", "2", "1",
                "/as 2", "/find иванов", "/find 8 999 123-45-67", "1",
                "/as 3", "/find ленина",
                "/as 1", "/audit 1", "/report week", "3", "1", "/quit");

        assertThat(screen)
                .contains("🔎 Найдено по «иванов»: 1, страница 1 из 1")
                .contains("🔎 Найдено по «8 999 123-45-67»: 1, страница 1 из 1")
                .contains("🔎 Найдено по «ленина»: 1, страница 1 из 1")
                .contains("📜 Журнал по заявке #1: записей 5.")
                .contains("пользователь 2: создана заявка #1 (Стиральная машина)")
                .contains("Сергей Петров: заявка #1: Мастер на месте → Закрыта")
                .contains("📊 Отчёт по мастеру Сергей Петров")
                .doesNotContain("request.create", "request.edit");
    }
}
