package com.repairbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * At a question that asks for a typed answer, a number typed in the terminal is the answer (an id {@code 1}, a total
 * of {@code 2}), not the option with that number; {@code #N} chooses an option everywhere.
 */
class TypedNumbersAreAnswersNotMenuChoicesTest {

    private final Terminal terminal = new Terminal();

    private String run(String... lines) throws IOException {
        return terminal.run(lines);
    }

    @Test
    void an_id_of_1_at_grant_and_revoke_is_the_user_not_cancel() throws IOException {
        String granted = run("/grant", "1", "#2", "/quit");
        assertThat(granted).doesNotContain("Отменено").contains("Какая роль?");
        assertThat(terminal.staff().grantedRoles(new UserId(1))).contains(Role.DISPATCHER);

        String revoked = run("/revoke", "1", "#2", "/quit");
        assertThat(revoked).doesNotContain("Отменено");
        assertThat(terminal.staff().grantedRoles(new UserId(1))).doesNotContain(Role.DISPATCHER);
    }

    @Test
    void a_total_of_2_and_materials_of_1_are_amounts_not_cancel_or_back() throws IOException {
        String screen = run(
                "/addtech", "3", "#2", "89990001122", "стиральные машины", "1", "2", "/chat -1003", "1",
                "/as 2", "/new", "1", "89991234567", "Не сливает воду, шумит", "Иванов Иван",
                "г. Москва, ул. Ленина, д. 10, кв. 5", "#2", "#2", "1", "1", "1",
                "/as 3", "/card 1", "1", "1", "1", "2", "1", "1", "2", "1", "/quit");

        assertThat(screen).doesNotContain("Отменено");
        assertThat(terminal.requests().find(new RequestNumber(1))).get().satisfies(request -> {
            assertThat(request.status()).isEqualTo(Status.CLOSED);
            assertThat(request.completion().orElseThrow().total()).isEqualTo(Money.rubles(2));
            assertThat(request.completion().orElseThrow().materials()).isEqualTo(Money.rubles(1));
        });
    }

    @Test
    void hash_n_chooses_an_option_even_where_text_is_expected() throws IOException {
        String screen = run("/addtech", "#1", "/quit");

        assertThat(screen).contains("Отменено. Ничего не сохранено.");
        assertThat(terminal.staff().technicians()).isEmpty();
    }
}
