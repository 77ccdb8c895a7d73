package com.repairbot.application.text;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Role;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The product's words in one language: Russian by default, English for people whose channel says they
 * use English. Texts live in {@code messages.properties} (Russian) and {@code messages_en.properties}.
 */
public final class Messages {

    /** Russian, the default. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final String BUNDLE = "com.repairbot.application.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Messages RU = new Messages(RUSSIAN);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    /** Parsed patterns by key: parsing one costs more than formatting it (the JDK even throws inside). */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        // base file = Russian; the JVM's default locale must never pick another file
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("en") ? Locale.ENGLISH
                : Locale.ROOT, Messages.class.getClassLoader(), NO_FALLBACK);
        this.dateTime = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", locale);
        this.date = DateTimeFormatter.ofPattern("dd.MM.yyyy", locale);
    }

    /** @return whether the product has its own texts in that language (Russian and English) */
    public static boolean supports(Locale language) {
        return language != null && (language.getLanguage().equals("ru") || language.getLanguage().equals("en"));
    }

    /** @return the English texts for English speakers, the Russian ones for everyone else */
    public static Messages forLanguage(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? EN : RU;
    }

    /** @return the language of these texts */
    public Locale locale() {
        return locale;
    }

    /**
     * @param key  the text's key
     * @param args values for its placeholders
     * @return the text; the key itself in brackets when missing (a test catches that)
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        if (args.length == 0) {
            return pattern;
        }
        // a MessageFormat is not thread-safe: each call formats with its own copy of the parsed one
        MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /** @return whether a text exists for the key */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** @return the status in words */
    public String status(Status status) {
        return get("status." + status.name());
    }

    /** @return the role in words */
    public String role(Role role) {
        return get("role." + role.name());
    }

    /** @return the appliance kind in words (its code when the bundle has no word for it) */
    public String equipment(EquipmentType type) {
        String key = "equipment." + type.code();
        return has(key) ? get(key) : type.code();
    }

    /** @return why a value was refused, in words */
    public String error(InvalidValueException e) {
        String key = "error." + e.code();
        return has(key) ? get(key, e.arguments().toArray()) : get("error.generic");
    }

    /** @return an amount with the currency, e.g. {@code 1 500,50 ₽} */
    public String money(Money money) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        BigDecimal rubles = money.toRubles();
        format.setMinimumFractionDigits(rubles.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return get("money", format.format(rubles));
    }

    /** @return a date and time, e.g. {@code 25.11.2026 10:00} */
    public String dateTime(LocalDateTime at) {
        return dateTime.format(at);
    }

    /** @return a date, e.g. {@code 25.12.2026} */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** @return yes or no in words */
    public String yesNo(boolean value) {
        return get(value ? "word.yes" : "word.no");
    }
}
