package com.repairbot.adapter.telegram;

import java.util.Locale;
import java.util.ResourceBundle;

/** The few words the Telegram channel says itself, Russian by default and English for English speakers. */
final class ChannelTexts {

    private static final String BUNDLE = "com.repairbot.adapter.telegram.texts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ChannelTexts() {
    }

    /** @return the text in the person's language (English for "en", Russian for everyone else) */
    static String get(Locale language, String key) {
        // the base file is Russian; the JVM's default locale must never pick another file
        Locale which = language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, which, ChannelTexts.class.getClassLoader(), NO_FALLBACK)
                .getString(key);
    }
}
