package org.myofuse.commands;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.device.SettingDescription.Type;

/**
 * The text of {@code myofuse devices --settings TYPE}: each setting of an installed device type with
 * its key, name, value type, default, allowed values and description, as its driver declares them.
 */
final class SettingsText {

    private SettingsText() {
    }

    static String render(String typeId, List<SettingDescription> settings) {
        var sb = new StringBuilder("Settings of " + typeId + " (" + settings.size() + ")\n");
        if (settings.isEmpty()) {
            return sb.append("  (none besides the port and the name every device has)\n").toString();
        }
        var table = new TextTable("SETTING", "NAME", "TYPE", "DEFAULT", "ALLOWED", "DESCRIPTION");
        for (SettingDescription s : settings) {
            table.row(s.id(), s.name(), type(s), defaults(s), allowed(s), s.description().isBlank() ? "-" : s.description());
        }
        sb.append(table.render("  "));
        sb.append("\nSet them in a device spec, e.g. myofuse run --device '").append(typeId).append('?')
                .append(settings.get(0).id()).append("=...'").append(", or in a .cfg file in etc/ (see etc/README.txt).\n");
        return sb.toString();
    }

    /** E.g. {@code integer}, {@code list of string (up to 8)}. */
    static String type(SettingDescription s) {
        String type = s.type().name().toLowerCase(Locale.ROOT);
        int most = Math.abs(s.cardinality());
        if (most == 0) {
            return type;
        }
        return "list of " + type + (most == Integer.MAX_VALUE ? "" : " (up to " + most + ")");
    }

    static String defaults(SettingDescription s) {
        if (s.defaultValue().isEmpty()) {
            return "-";
        }
        return s.type() == Type.PASSWORD ? "(hidden)" : String.join(",", s.defaultValue());
    }

    /** The options (with their labels where those say more), else the range, else what the type allows. */
    static String allowed(SettingDescription s) {
        if (!s.options().isEmpty()) {
            return s.options().stream()
                    .map(o -> o.label().isBlank() || o.label().equals(o.value()) ? o.value() : o.value() + " (" + o.label() + ")")
                    .collect(Collectors.joining(", "));
        }
        boolean text = s.type() == Type.STRING || s.type() == Type.PASSWORD;
        String range = range(s.min(), s.max());
        if (range.isEmpty()) {
            return s.type() == Type.BOOLEAN ? "true, false" : "any";
        }
        return text ? range + " characters" : range;
    }

    private static String range(Optional<String> min, Optional<String> max) {
        if (min.isPresent() && max.isPresent()) {
            return min.get() + " to " + max.get();
        }
        if (min.isPresent()) {
            return "at least " + min.get();
        }
        return max.map(m -> "at most " + m).orElse("");
    }
}
