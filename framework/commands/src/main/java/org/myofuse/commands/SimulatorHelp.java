package org.myofuse.commands;

import java.util.List;
import java.util.stream.Collectors;

import org.myofuse.api.device.SettingDescription;
import org.myofuse.commands.cli.SimulatorOptions;

/**
 * The section of {@code myofuse simulate --help} on one simulator's own options, from what it declares
 * ({@code WireSimulator.settings()}): each option as it is written, then its description, allowed
 * values and default, wrapped to the help's 100 columns.
 */
final class SimulatorHelp {

    private static final int WIDTH = 100;
    private static final int INDENT = 2;

    private SimulatorHelp() {
    }

    static String render(String type, List<SettingDescription> settings) {
        if (settings.isEmpty()) {
            return "The " + type + " simulator has no options of its own.\n";
        }
        int column = INDENT + settings.stream().mapToInt(s -> SimulatorOptions.synopsis(s).length()).max().orElse(0) + 3;
        var sb = new StringBuilder("Options of the " + type + " simulator:\n");
        for (SettingDescription s : settings) {
            String synopsis = " ".repeat(INDENT) + SimulatorOptions.synopsis(s);
            wrap(sb, synopsis + " ".repeat(column - synopsis.length()), explanation(s), column);
        }
        return sb.toString();
    }

    /** The description, then the choices with their labels, then the default. */
    private static String explanation(SettingDescription s) {
        String text = s.description().isBlank() ? s.name() : s.description();
        if (!s.options().isEmpty()) {
            text += "; " + s.options().stream()
                    .map(o -> o.label().isBlank() || o.label().equals(o.value()) ? o.value() : o.value() + ": " + o.label())
                    .collect(Collectors.joining("; "));
        } else if (s.type() != SettingDescription.Type.BOOLEAN) {
            text += " (" + SettingsText.allowed(s) + ")";
        }
        return text + ". Default " + SettingsText.defaults(s) + ".";
    }

    private static void wrap(StringBuilder sb, String first, String text, int column) {
        var line = new StringBuilder(first);
        for (String word : text.split(" ")) {
            if (line.length() > column && line.length() + 1 + word.length() > WIDTH) {
                sb.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(" ".repeat(column));
            }
            if (line.length() > column) {
                line.append(' ');
            }
            line.append(word);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }
}
