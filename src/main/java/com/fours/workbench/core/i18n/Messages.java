package com.fours.workbench.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.fours.workbench.core.BusinessRuleException;

/**
 * The user-facing text of the workbench in one language. Each feature keeps its own bundle in
 * {@code i18n/<feature>.properties} (English) and {@code i18n/<feature>_zh_CN.properties}
 * (Simplified Chinese); a key lives in exactly one of them.
 */
public final class Messages {

    /** Every bundle of the application. A feature that adds a bundle adds it here. */
    public static final List<String> BUNDLES = List.of(
            "i18n.app", "i18n.core", "i18n.security", "i18n.store", "i18n.reporting", "i18n.customers",
            "i18n.appointments", "i18n.intake", "i18n.repair", "i18n.parts", "i18n.stocktake",
            "i18n.dispatch", "i18n.qc", "i18n.cashier", "i18n.cashup",
            "i18n.backup");

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle(name, locale, NO_FALLBACK_TO_OS_LOCALE))
                .toList();
    }

    /** Chinese for a Chinese OS locale (any region), English otherwise. */
    public static Locale supportedLocaleFor(Locale requested) {
        return "zh".equals(requested.getLanguage()) ? CHINESE : ENGLISH;
    }

    public static Messages forLocale(Locale requested) {
        return new Messages(supportedLocaleFor(requested));
    }

    /** The name of a supported language, written in that language's own bundle entry. */
    public String languageName(Locale language) {
        return get(CHINESE.getLanguage().equals(language.getLanguage()) ? "language.zh" : "language.en");
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    public String get(String key, Object... arguments) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
            }
        }
        throw new MissingResourceException("No text for " + key, "Messages", key);
    }

    /** The text of an enum constant, under the key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String of(Enum<?> constant) {
        return get(enumKey(constant));
    }

    public static String enumKey(Enum<?> constant) {
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    public String of(BusinessRuleException refusal) {
        Object[] arguments = refusal.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Enum<?> e && has(enumKey(e))) {
                arguments[i] = of(e);
            }
        }
        return get(refusal.messageKey(), arguments);
    }

    /** English is the base bundle; without this, a Chinese OS would serve Chinese for ENGLISH. */
    private static final ResourceBundle.Control NO_FALLBACK_TO_OS_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
