package org.myofuse.console.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text the console shows, from one resource bundle per language
 * ({@code org/myofuse/console/ui/messages*.properties}; English is the base). A key missing from a
 * translation falls back to English; a key missing everywhere shows as {@code !key!} rather than
 * failing a view.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.myofuse.console.ui.messages", locale, Messages.class.getClassLoader());
    }

    /** The text of {@code key}, with {@code args} put in ({@link MessageFormat}). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }
}
