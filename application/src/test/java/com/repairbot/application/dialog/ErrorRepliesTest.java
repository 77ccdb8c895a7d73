package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.en;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.in.ConcurrentChangeException;
import com.repairbot.application.port.in.RequestNotFoundException;
import com.repairbot.application.port.in.TechnicianNotFoundException;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.IllegalTransitionException;
import com.repairbot.domain.request.MoveNotPermittedException;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.UserId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Every named failure becomes words; anything else is a bug and is not hidden. */
class ErrorRepliesTest {

    private static final RequestNumber N7 = new RequestNumber(7);

    @Test
    void each_named_failure_is_put_into_words() {
        assertThat(ErrorReplies.describe(ru(), new ConcurrentChangeException(N7)))
                .contains("Заявку #7 только что изменил кто-то другой. Откройте её заново.");
        assertThat(ErrorReplies.describe(ru(), new RequestNotFoundException(N7))).contains("Заявка #7 не найдена.");
        assertThat(ErrorReplies.describe(ru(), new TechnicianNotFoundException(new UserId(300))))
                .contains("Мастер 300 не найден.");
        assertThat(ErrorReplies.describe(ru(), new StoreUnavailableException("down", null)))
                .contains(ru().get("error.unavailable"));
        assertThat(ErrorReplies.describe(ru(), new ActionNotPermittedException("create", Optional.empty())))
                .contains(ru().get("error.not_permitted"));
        assertThat(ErrorReplies.describe(ru(), new InvalidValueException("description.length", 10, 500)))
                .contains("Описание должно быть от 10 до 500 символов.");
        assertThat(ErrorReplies.describe(ru(), new InputRefusedException("dialog.type_text")))
                .contains(ru().get("dialog.type_text"));
    }

    @Test
    void a_refused_move_names_the_current_status_and_the_allowed_ones() {
        assertThat(ErrorReplies.describe(en(), new IllegalTransitionException(N7, Status.NEW, Status.CLOSED,
                EnumSet.of(Status.ASSIGNED, Status.REFUSED))))
                .contains("Request #7 cannot move from \"New\" to \"Closed\". Available to you: Assigned, Refused.");
        assertThat(ErrorReplies.describe(ru(), new MoveNotPermittedException(N7, Status.CLOSED, Status.NEW, Set.of())))
                .contains("Заявку #7 нельзя перевести из «Закрыта» в «Новая». Доступно вам: ничего.");
    }

    @RepeatedTest(5)
    void the_allowed_moves_are_named_in_lifecycle_order_every_time() {
        assertThat(ErrorReplies.describe(ru(), new MoveNotPermittedException(N7, Status.ACCEPTED, Status.CLOSED,
                EnumSet.of(Status.REFUSED, Status.LONG_REPAIR, Status.ONSITE))).orElseThrow())
                .endsWith("Доступно вам: Мастер на месте, Долгий ремонт, Отказ.");
    }

    @Test
    void an_unknown_value_code_falls_back_to_a_generic_explanation() {
        assertThat(ErrorReplies.describe(ru(), new InvalidValueException("something.new")))
                .contains(ru().get("error.generic"));
    }

    @Test
    void a_failure_that_is_a_bug_has_no_words() {
        assertThat(ErrorReplies.describe(ru(), new IllegalStateException("bug"))).isEmpty();
    }
}
