package org.myofuse.commands.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.myofuse.api.device.SettingDescription;

/**
 * A simulator's own options on the {@code myofuse simulate TYPE} line, read against the settings the
 * simulator declares ({@code WireSimulator.settings()}): {@code --firmware v3} or {@code --firmware=v3}
 * for a setting with a value, {@code --daisy} (true), {@code --daisy=false} or {@code --daisy false}
 * for a boolean one. The parser keeps these arguments as typed, because which options a simulator has
 * is known only once the host has found it; they are read here when it has.
 */
public final class SimulatorOptions {

    private SimulatorOptions() {
    }

    /**
     * The settings' values by id, as typed, in the order given.
     *
     * @param args     the simulator's arguments, as {@link org.myofuse.commands.request.SimulateCommand} keeps them
     * @param declared what the simulator declares
     * @param typeId   the simulated device type, for messages
     * @throws UsageException naming the first option the simulator does not declare (and those it does),
     *                        a missing or refused value, an option given twice or a stray argument; one line
     */
    public static Map<String, String> read(List<String> args, List<SettingDescription> declared, String typeId)
            throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "' for simulate " + typeId + " " + hint(typeId));
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(2, eq) : arg.substring(2);
            SettingDescription setting = find(declared, name).orElseThrow(() -> new UsageException(
                    "unknown option --" + name + " for simulate " + typeId + " " + known(declared, typeId)));
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (setting.type() == SettingDescription.Type.BOOLEAN) {
                boolean spelled = i + 1 < args.size() && (args.get(i + 1).equals("true") || args.get(i + 1).equals("false"));
                value = spelled ? args.get(++i) : "true";
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new UsageException("option --" + name + " needs a value " + hint(typeId));
            }
            check(setting, value, typeId);
            if (values.put(setting.id(), value) != null) {
                throw new UsageException("option --" + name + " given twice " + hint(typeId));
            }
        }
        return values;
    }

    /** {@code --firmware v1|v2|v3}, {@code --daisy}, {@code --rate N}: how the option is written. */
    public static String synopsis(SettingDescription s) {
        if (s.type() == SettingDescription.Type.BOOLEAN) {
            return "--" + s.id();
        }
        String value = s.options().isEmpty() ? "VALUE"
                : s.options().stream().map(SettingDescription.Option::value).collect(Collectors.joining("|"));
        return "--" + s.id() + " " + value;
    }

    private static Optional<SettingDescription> find(List<SettingDescription> declared, String name) {
        return declared.stream().filter(s -> s.id().equals(name)).findFirst();
    }

    private static void check(SettingDescription setting, String value, String typeId) throws UsageException {
        if (setting.type() == SettingDescription.Type.BOOLEAN && !value.equals("true") && !value.equals("false")) {
            throw new UsageException("option --" + setting.id() + " '" + value + "': must be true or false " + hint(typeId));
        }
        if (!setting.options().isEmpty() && setting.options().stream().noneMatch(o -> o.value().equals(value))) {
            throw new UsageException("option --" + setting.id() + " '" + value + "': must be one of "
                    + setting.options().stream().map(SettingDescription.Option::value).collect(Collectors.joining(", "))
                    + " " + hint(typeId));
        }
    }

    private static String known(List<SettingDescription> declared, String typeId) {
        if (declared.isEmpty()) {
            return "(its simulator has no options of its own besides --seed and --corrupt; see myofuse simulate "
                    + typeId + " --help)";
        }
        return "(its simulator's options: " + declared.stream().map(SimulatorOptions::synopsis)
                .collect(Collectors.joining(", ")) + "; see myofuse simulate " + typeId + " --help)";
    }

    private static String hint(String typeId) {
        return "(see myofuse simulate " + typeId + " --help)";
    }
}
