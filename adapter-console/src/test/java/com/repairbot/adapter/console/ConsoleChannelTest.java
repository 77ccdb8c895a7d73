package com.repairbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A person at the terminal walks the whole life of a request, acting as each member of staff in turn. */
class ConsoleChannelTest {

    private final Terminal terminal = new Terminal();
    private final RepairRequests requests = terminal.requests();

    private String run(String... lines) throws IOException {
        return terminal.run(lines);
    }

    @Test
    void a_request_is_created_assigned_accepted_and_closed_from_the_terminal() throws IOException {
        String screen = run(
                // admin adds technician 3, named, and binds the work group
                "/addtech", "3", "Сергей Петров", "89990001122", "стиральные машины", "1", "2", "/chat -1003", "1",
                // dispatcher creates a request; a bad phone and a short description are asked again
                "/as 2 Мария Иванова", "/new", "1", "12345", "+7 (999) 123-45-67", "Шумит", "Не сливает воду, шумит",
                "Иванов Иван", "г. Москва, ул. Ленина, д. 10, кв. 5", "#2", "#2", "1",
                // and assigns it to the technician
                "1", "1",
                // the technician accepts, is on site and completes it
                "/as 3", "/card 1", "1", "1", "1", "10000", "2000", "1", "2", "1",
                // the dispatcher sees the card with its history
                "/as 2", "/card 1", "/quit");

        assertThat(requests.find(new RequestNumber(1))).get()
                .satisfies(request -> assertThat(request.status()).isEqualTo(Status.CLOSED));
        assertThat(screen)
                .contains("Описание должно быть от 10 до 500 символов.")
                .contains("Это не похоже на номер телефона.")
                .contains("✅ Заявка #1 создана.")
                .contains("Чистыми: 8 000 ₽; мастеру 60 %: 4 800 ₽; компании: 3 200 ₽")
                .contains("Новая → Назначена · Мария И. — мастер Сергей Петров")
                .contains("Мастер на месте → Закрыта · Сергей Петров")
                .contains("📨 → -1003");
        assertThat(requests.history(new RequestNumber(1))).hasSize(5);
    }

    @Test
    void someone_who_is_not_on_the_request_is_refused_and_nothing_changes() throws IOException {
        String screen = run(
                "/addtech", "5", "#2", "89990001155", "холодильники", "1",
                "/as 2", "/new", "1", "89991234567", "Не сливает воду, шумит", "Иванов Иван",
                "г. Москва, ул. Ленина, д. 10", "#2", "#2", "1",
                "/as 5", "/card 1",
                "/as 77", "привет", "/card 1", "/quit");

        // user 77 holds no role: a client, who sees the client's menu and not someone else's request
        assertThat(screen)
                .contains("Заявка #1 не найдена.") // a request he may not see is missing for him (issue 14)
                .contains("Здравствуйте! Это бот сервисного центра.");
        assertThat(requests.find(new RequestNumber(1))).get()
                .satisfies(request -> assertThat(request.status()).isEqualTo(Status.NEW));
    }

    @Test
    void the_terminal_runs_the_client_side_with_a_shared_phone_and_photos() throws IOException {
        String screen = run(
                "/as 77", "/start", "/new", "1", "Не сливает воду, гудит", "/photo defect_1", "/photo defect_2",
                "/skip", "г. Москва, ул. Мира, д. 3", "/contact 89997654321", "Ольга", "/skip", "#1", "/my",
                "/quit");

        assertThat(screen).contains("Фото 2 из 5 получено.").contains("✅ Заявка #1 отправлена.")
                .contains("Ваша заявка #1 · Новая");
        assertThat(requests.find(new RequestNumber(1))).get().satisfies(request -> {
            assertThat(request.clientSide().photos()).extracting(p -> p.fileId())
                    .containsExactly("defect_1", "defect_2");
            assertThat(request.client().phone().e164()).isEqualTo("+79997654321");
        });
    }

    @Test
    void terminal_commands_switch_user_and_language_and_choose_options_by_number() throws IOException {
        String screen = run("/lang en", "/start", "9", "/as x", "/help", "/chat abc", "1", "/quit");

        assertThat(screen)
                .contains("Main menu. Your roles: admin")
                .contains("[1] ➕ New request")
                .contains("Bad argument for /as.")
                .contains("Terminal commands:")
                .contains("Bad argument for /chat.");
    }
}
