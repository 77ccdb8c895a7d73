package com.repairbot.application.port.in;

/** A person chooses the language they read ({@code /lang}): replies, notifications, cards and reports. */
public interface ChooseLanguageUseCase {

    /**
     * @param command who chooses which language
     * @throws com.repairbot.domain.shared.InvalidValueException {@code language.unsupported} for a language the
     *         product has no texts in (nothing changes)
     */
    void chooseLanguage(ChooseLanguageCommand command);
}
