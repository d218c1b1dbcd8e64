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
    /** Each pattern parsed once: views format a few texts every frame. Any thread (the worker's refusals too). */
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

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
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        synchronized (format) { // a MessageFormat is not safe for threads at once
            return format.format(args);
        }
    }

    public Locale locale() {
        return locale;
    }
}
