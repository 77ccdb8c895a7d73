package com.repairbot.adapter.console;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The console's own words (how to use the terminal), Russian by default. */
final class ConsoleTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ConsoleTexts() {
    }

    static String get(Locale language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("com.repairbot.adapter.console.console",
                "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ConsoleTexts.class.getClassLoader(), NO_FALLBACK);
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }
}
