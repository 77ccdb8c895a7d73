package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * The command of {@link RecordClientUseCase}.
 *
 * @param user     who wrote to the bot
 * @param language the language their channel reports ({@code ru}, {@code en}; anything else is Russian)
 * @param source   the deep link's payload they started with ({@code /start <payload>}), if any
 */
public record RecordClientCommand(UserId user, String language, Optional<String> source) {

    public RecordClientCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(source, "source");
    }
}
