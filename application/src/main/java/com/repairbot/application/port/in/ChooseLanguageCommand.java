package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Objects;

/**
 * The command of {@link ChooseLanguageUseCase}.
 *
 * @param actor    who chooses (for themselves only)
 * @param language the language they read from now on
 */
public record ChooseLanguageCommand(UserId actor, Locale language) {

    public ChooseLanguageCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(language, "language");
    }
}
