package org.myofuse.launcher.spi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Parses and validates a {@code myofuse} command line without booting anything, so that bad usage is
 * reported at once. Global options ({@code --home}, {@code --boot-time}) may stand before the command
 * or among its options; an option's value follows it ({@code --duration 90s}) or is joined with
 * {@code =} ({@code --duration=90s}).
 */
public final class CommandLineParser {

    private final String version;
    private final Consumer<String> deviceSpecCheck;

    /**
     * @param version         the version printed by {@code --version}
     * @param deviceSpecCheck checks the syntax of one {@code --device} spec, throwing
     *                        {@link IllegalArgumentException} with a one-line message if it is malformed
     */
    public CommandLineParser(String version, Consumer<String> deviceSpecCheck) {
        this.version = Objects.requireNonNull(version, "version");
        this.deviceSpecCheck = Objects.requireNonNull(deviceSpecCheck, "deviceSpecCheck");
    }

    /**
     * Parses the arguments.
     *
     * @return the command line to launch, or a text to print for help and version requests
     * @throws UsageException if the command line is wrong, with a one-line message
     */
    public Invocation parse(List<String> args) throws UsageException {
        var tokens = new Tokens(args);
        var globals = new GlobalOptions();
        while (tokens.hasNext() && tokens.peek().startsWith("-")) {
            Option option = Option.of(tokens.next());
            if (option.isHelp()) {
                return new TextRequest(Usage.MAIN);
            }
            if (option.name.equals("--version")) {
                option.requireNoValue(null);
                return new TextRequest("myofuse " + version + "\n");
            }
            if (!globals.accept(option, tokens, null)) {
                throw new UsageException("unknown option " + option.name + " (see myofuse --help)");
            }
        }
        if (!tokens.hasNext()) {
            return globals.commandLine(RunCommand.defaultRun());
        }
        String name = tokens.next();
        return switch (name) {
            case "run" -> parseRun(tokens, globals);
            case "devices" -> parseWithoutOptions(name, tokens, globals, new DevicesCommand());
            case "shell" -> parseWithoutOptions(name, tokens, globals, new ShellCommand());
            case "boot" -> parseWithoutOptions(name, tokens, globals, new BootCommand());
            case "simulate" -> parseSimulate(tokens, globals);
            case "patients" -> parsePatients(tokens, globals);
            case "therapists" -> parseTherapists(tokens, globals);
            case "sessions" -> parseSessions(tokens, globals);
            case "export" -> parseExport(tokens, globals);
            case "import" -> parseImport(tokens, globals);
            case "replay" -> parseReplay(tokens, globals);
            case "summary" -> parseSummary(tokens, globals);
            case "report" -> parseReport(tokens, globals);
            case "assess" -> parseAssess(tokens, globals);
            case "program" -> parseProgram(tokens, globals);
            case "help" -> parseHelp(tokens);
            default -> throw new UsageException("unknown command '" + name + "' (see myofuse --help)");
        };
    }

    private Invocation parseRun(Tokens tokens, GlobalOptions globals) throws UsageException {
        boolean headless = false;
        List<String> devices = new ArrayList<>();
        Duration duration = null;
        String patient = null;
        String therapist = null;
        String protocol = null;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                throw unexpectedArgument(arg, "run");
            }
            Option option = Option.of(arg);
            switch (option.name) {
                case "-h", "--help" -> {
                    return new TextRequest(Usage.RUN);
                }
                case "--headless" -> {
                    option.requireNoValue("run");
                    headless = true;
                }
                case "--device" -> devices.add(checkedSpec(option.value(tokens, "run")));
                case "--duration" -> duration = once(duration, option, parseDuration(option.value(tokens, "run")));
                case "--patient" -> patient = once(patient, option, option.value(tokens, "run"));
                case "--therapist" -> therapist = once(therapist, option, option.value(tokens, "run"));
                case "--protocol" -> protocol = once(protocol, option, option.value(tokens, "run"));
                default -> {
                    if (!globals.accept(option, tokens, "run")) {
                        throw unknownOption(option, "run");
                    }
                }
            }
        }
        return globals.commandLine(new RunCommand(headless, devices, Optional.ofNullable(duration),
                patient == null ? "" : patient, therapist == null ? "" : therapist, protocol == null ? "" : protocol));
    }

    private static Invocation parseTherapists(Tokens tokens, GlobalOptions globals) throws UsageException {
        String action = tokens.hasNext() ? tokens.next() : "";
        switch (action) {
            case "-h", "--help" -> {
                return new TextRequest(Usage.THERAPISTS);
            }
            case "list" -> {
                return parseWithoutOptions("therapists", tokens, globals,
                        new TherapistsCommand(TherapistsCommand.Action.LIST, "", Optional.empty()));
            }
            case "add" -> {
                return parseTherapistsAdd(tokens, globals);
            }
            default -> throw new UsageException((action.isEmpty() ? "therapists needs add or list"
                    : "unknown therapists action '" + action + "': add or list") + " (see myofuse therapists --help)");
        }
    }

    private static Invocation parseTherapistsAdd(Tokens tokens, GlobalOptions globals) throws UsageException {
        String code = null;
        String name = null;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                if (code != null) {
                    throw unexpectedArgument(arg, "therapists");
                }
                code = arg;
                continue;
            }
            Option option = Option.of(arg);
            if (option.name.equals("-h") || option.name.equals("--help")) {
                return new TextRequest(Usage.THERAPISTS);
            } else if (option.name.equals("--name")) {
                name = once(name, option, option.value(tokens, "therapists"), "therapists");
            } else if (!globals.accept(option, tokens, "therapists")) {
                throw unknownOption(option, "therapists");
            }
        }
        if (code == null) {
            throw new UsageException("therapists add needs a code, e.g. myofuse therapists add TK --name 'Tove Kline' "
                    + "(see myofuse therapists --help)");
        }
        return globals.commandLine(new TherapistsCommand(TherapistsCommand.Action.ADD, code, Optional.ofNullable(name)));
    }

    private static Invocation parsePatients(Tokens tokens, GlobalOptions globals) throws UsageException {
        if (!tokens.hasNext()) {
            throw new UsageException("patients needs add or list (see myofuse patients --help)");
        }
        String action = tokens.next();
        if (action.equals("-h") || action.equals("--help")) {
            return new TextRequest(Usage.PATIENTS);
        }
        if (action.equals("list")) {
            return parseWithoutOptions("patients", tokens, globals, PatientsCommand.list());
        }
        if (!action.equals("add")) {
            throw new UsageException("unknown patients action '" + action + "': add or list (see myofuse patients --help)");
        }
        String code = null;
        String name = null;
        java.time.LocalDate birthDate = null;
        boolean consent = false;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                if (code != null) {
                    throw unexpectedArgument(arg, "patients");
                }
                code = arg;
                continue;
            }
            Option option = Option.of(arg);
            switch (option.name) {
                case "-h", "--help" -> {
                    return new TextRequest(Usage.PATIENTS);
                }
                case "--name" -> name = once(name, option, option.value(tokens, "patients"), "patients");
                case "--birth-date" -> birthDate = once(birthDate, option, parseDate(option, tokens), "patients");
                case "--consent" -> {
                    option.requireNoValue("patients");
                    consent = true;
                }
                default -> {
                    if (!globals.accept(option, tokens, "patients")) {
                        throw unknownOption(option, "patients");
                    }
                }
            }
        }
        if (code == null) {
            throw new UsageException("patients add needs a pseudonymous code, e.g. myofuse patients add P-001 "
                    + "(see myofuse patients --help)");
        }
        return globals.commandLine(new PatientsCommand(PatientsCommand.Action.ADD, code, Optional.ofNullable(name),
                Optional.ofNullable(birthDate), consent));
    }

    private static java.time.LocalDate parseDate(Option option, Tokens tokens) throws UsageException {
        String text = option.value(tokens, "patients");
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(text);
            if (date.isAfter(java.time.LocalDate.now())) {
                throw new UsageException("option " + option.name + " " + text + ": lies in the future (see myofuse patients --help)");
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException("option " + option.name + " '" + text + "': expected YYYY-MM-DD (see myofuse patients --help)");
        }
    }

    private static Invocation parseSessions(Tokens tokens, GlobalOptions globals) throws UsageException {
        String patient = null;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                throw unexpectedArgument(arg, "sessions");
            }
            Option option = Option.of(arg);
            switch (option.name) {
                case "-h", "--help" -> {
                    return new TextRequest(Usage.SESSIONS);
                }
                case "--patient" -> patient = once(patient, option, option.value(tokens, "sessions"), "sessions");
                default -> {
                    if (!globals.accept(option, tokens, "sessions")) {
                        throw unknownOption(option, "sessions");
                    }
                }
            }
        }
        return globals.commandLine(new SessionsCommand(Optional.ofNullable(patient)));
    }

    private static Invocation parseExport(Tokens tokens, GlobalOptions globals) throws UsageException {
        String session = null;
        String format = null;
        String out = null;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                if (session != null) {
                    throw unexpectedArgument(arg, "export");
                }
                session = arg;
                continue;
            }
            Option option = Option.of(arg);
            switch (option.name) {
                case "-h", "--help" -> {
                    return new TextRequest(Usage.EXPORT);
                }
                case "--format" -> format = once(format, option,
                        formatName(option, tokens, "export", ExportCommand.FORMATS), "export");
                case "--out" -> out = once(out, option, option.value(tokens, "export"), "export");
                default -> {
                    if (!globals.accept(option, tokens, "export")) {
                        throw unknownOption(option, "export");
                    }
                }
            }
        }
        if (session == null) {
            throw new UsageException("export needs a session id, e.g. myofuse export 12 --format edf --out s12.edf "
                    + "(see myofuse export --help)");
        }
        if (format == null) {
            throw new UsageException("export needs --format csv, edf or bdf (see myofuse export --help)");
        }
        if (out == null) {
            throw new UsageException("export needs --out PATH, the file to write (see myofuse export --help)");
        }
        return globals.commandLine(new ExportCommand(session, format, absolute(out, "export")));
    }

    private static Invocation parseImport(Tokens tokens, GlobalOptions globals) throws UsageException {
        String file = null;
        String format = null;
        String patient = null;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                if (file != null) {
                    throw unexpectedArgument(arg, "import");
                }
                file = arg;
                continue;
            }
            Option option = Option.of(arg);
            switch (option.name) {
                case "-h", "--help" -> {
                    return new TextRequest(Usage.IMPORT);
                }
                case "--format" -> format = once(format, option,
                        formatName(option, tokens, "import", ImportCommand.FORMATS), "import");
                case "--patient" -> patient = once(patient, option, option.value(tokens, "import"), "import");
                default -> {
                    if (!globals.accept(option, tokens, "import")) {
                        throw unknownOption(option, "import");
                    }
                }
            }
        }
        if (file == null) {
            throw new UsageException("import needs a file, e.g. myofuse import recording.txt --format openbci "
                    + "(see myofuse import --help)");
        }
        if (format == null) {
            throw new UsageException("import needs --format openbci, brainflow or csv (see myofuse import --help)");
        }
        return globals.commandLine(new ImportCommand(absolute(file, "import"), format, Optional.ofNullable(patient)));
    }

    private static String formatName(Option option, Tokens tokens, String command, List<String> formats)
            throws UsageException {
        String value = option.value(tokens, command).toLowerCase(java.util.Locale.ROOT);
        if (!formats.contains(value)) {
            throw new UsageException("option --format '" + value + "': expected " + String.join(", ", formats)
                    + " (see myofuse " + command + " --help)");
        }
        return value;
    }

    /** Relative paths mean the caller's working directory, which the host does not change. */
    private static Path absolute(String path, String command) throws UsageException {
        try {
            return Path.of(path).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("bad path '" + path + "': " + e.getReason() + " (see myofuse " + command
                    + " --help)");
        }
    }

    private static Invocation parseSimulate(Tokens tokens, GlobalOptions globals) throws UsageException {
        String type = null;
        Long seed = null;
        Double corrupt = null;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                if (type != null) {
                    throw unexpectedArgument(arg, "simulate");
                }
                type = arg;
                continue;
            }
            Option option = Option.of(arg);
            switch (option.name) {
                case "-h", "--help" -> {
                    return new TextRequest(Usage.SIMULATE);
                }
                case "--seed" -> seed = once(seed, option, parseNumber(option, tokens, Long::valueOf), "simulate");
                case "--corrupt" -> {
                    double rate = parseNumber(option, tokens, Double::valueOf);
                    if (!(rate >= 0 && rate <= 1)) {
                        throw new UsageException("option --corrupt " + rate + ": must be 0 to 1 (see myofuse simulate --help)");
                    }
                    corrupt = once(corrupt, option, rate, "simulate");
                }
                default -> {
                    if (!globals.accept(option, tokens, "simulate")) {
                        throw unknownOption(option, "simulate");
                    }
                }
            }
        }
        if (type == null) {
            throw new UsageException("simulate needs a device type, e.g. myofuse simulate openbci-cyton (see myofuse simulate --help)");
        }
        return globals.commandLine(new SimulateCommand(type, seed == null ? 1 : seed, corrupt == null ? 0 : corrupt));
    }

    private static <T> T once(T previous, Option option, T value, String command) throws UsageException {
        if (previous != null) {
            throw new UsageException("option " + option.name + " given twice " + helpHint(command));
        }
        return value;
    }

    private static <T> T parseNumber(Option option, Tokens tokens, java.util.function.Function<String, T> parse)
            throws UsageException {
        String text = option.value(tokens, "simulate");
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            throw new UsageException("option " + option.name + " '" + text + "': not a number (see myofuse simulate --help)");
        }
    }

    private static Invocation parseWithoutOptions(String name, Tokens tokens, GlobalOptions globals, Command command)
            throws UsageException {
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                throw unexpectedArgument(arg, name);
            }
            Option option = Option.of(arg);
            if (option.isHelp()) {
                return new TextRequest(Usage.of(name));
            }
            if (!globals.accept(option, tokens, name)) {
                throw unknownOption(option, name);
            }
        }
        return globals.commandLine(command);
    }

    private static Invocation parseReplay(Tokens tokens, GlobalOptions globals) throws UsageException {
        String session = null;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                session = onlyArgument(session, arg, "replay");
                continue;
            }
            Option option = Option.of(arg);
            if (option.isHelp()) {
                return new TextRequest(Usage.REPLAY);
            }
            if (!globals.accept(option, tokens, "replay")) {
                throw unknownOption(option, "replay");
            }
        }
        if (session == null) {
            throw new UsageException("replay needs a session id, e.g. myofuse replay 12 (see myofuse replay --help)");
        }
        return globals.commandLine(new ReplayCommand(session));
    }

    private static Invocation parseSummary(Tokens tokens, GlobalOptions globals) throws UsageException {
        String session = null;
        boolean json = false;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                session = onlyArgument(session, arg, "summary");
                continue;
            }
            Option option = Option.of(arg);
            if (option.isHelp()) {
                return new TextRequest(Usage.SUMMARY);
            }
            if (option.name.equals("--json")) {
                option.requireNoValue("summary");
                json = true;
            } else if (!globals.accept(option, tokens, "summary")) {
                throw unknownOption(option, "summary");
            }
        }
        if (session == null) {
            throw new UsageException("summary needs a session id, e.g. myofuse summary 12 (see myofuse summary --help)");
        }
        return globals.commandLine(new SummaryCommand(session, json));
    }

    private static Invocation parseReport(Tokens tokens, GlobalOptions globals) throws UsageException {
        String session = null;
        String patient = null;
        String out = null;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                session = onlyArgument(session, arg, "report");
                continue;
            }
            Option option = Option.of(arg);
            switch (option.name) {
                case "-h", "--help" -> {
                    return new TextRequest(Usage.REPORT);
                }
                case "--patient" -> patient = once(patient, option, option.value(tokens, "report"), "report");
                case "--out" -> out = once(out, option, option.value(tokens, "report"), "report");
                default -> {
                    if (!globals.accept(option, tokens, "report")) {
                        throw unknownOption(option, "report");
                    }
                }
            }
        }
        if ((session == null) == (patient == null)) {
            throw new UsageException("report needs a session id or --patient ID, not both, e.g. myofuse report 12 "
                    + "--out s12.html (see myofuse report --help)");
        }
        if (out == null) {
            throw new UsageException("report needs --out FILE.html, the file to write (see myofuse report --help)");
        }
        return globals.commandLine(new ReportCommand(Optional.ofNullable(session), Optional.ofNullable(patient),
                absolute(out, "report")));
    }

    private static Invocation parseAssess(Tokens tokens, GlobalOptions globals) throws UsageException {
        String session = null;
        Integer before = null;
        Integer after = null;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                session = onlyArgument(session, arg, "assess");
                continue;
            }
            Option option = Option.of(arg);
            switch (option.name) {
                case "-h", "--help" -> {
                    return new TextRequest(Usage.ASSESS);
                }
                case "--pain-before" -> before = once(before, option, painScore(option, tokens), "assess");
                case "--pain-after" -> after = once(after, option, painScore(option, tokens), "assess");
                default -> {
                    if (!globals.accept(option, tokens, "assess")) {
                        throw unknownOption(option, "assess");
                    }
                }
            }
        }
        if (session == null) {
            throw new UsageException("assess needs a session id, e.g. myofuse assess 12 --pain-before 6 "
                    + "(see myofuse assess --help)");
        }
        return globals.commandLine(new AssessCommand(session,
                before == null ? OptionalInt.empty() : OptionalInt.of(before),
                after == null ? OptionalInt.empty() : OptionalInt.of(after)));
    }

    private static Invocation parseProgram(Tokens tokens, GlobalOptions globals) throws UsageException {
        String patient = null;
        Integer weeks = null;
        Integer perWeek = null;
        java.time.LocalDate start = null;
        String protocol = null;
        while (tokens.hasNext()) {
            String arg = tokens.next();
            if (!arg.startsWith("-")) {
                patient = onlyArgument(patient, arg, "program");
                continue;
            }
            Option option = Option.of(arg);
            switch (option.name) {
                case "-h", "--help" -> {
                    return new TextRequest(Usage.PROGRAM);
                }
                case "--weeks" -> weeks = once(weeks, option, whole(option, tokens, 1, 104), "program");
                case "--per-week" -> perWeek = once(perWeek, option, whole(option, tokens, 1, 14), "program");
                case "--start" -> start = once(start, option, startDate(option, tokens), "program");
                case "--protocol" -> protocol = once(protocol, option, option.value(tokens, "program"), "program");
                default -> {
                    if (!globals.accept(option, tokens, "program")) {
                        throw unknownOption(option, "program");
                    }
                }
            }
        }
        if (patient == null) {
            throw new UsageException("program needs a patient code, e.g. myofuse program P-001 --weeks 12 --per-week 2 "
                    + "(see myofuse program --help)");
        }
        boolean setting = weeks != null || perWeek != null || start != null || protocol != null;
        if (setting && (weeks == null || perWeek == null)) {
            throw new UsageException("program needs both --weeks and --per-week to set a program (see myofuse program --help)");
        }
        Optional<ProgramCommand.Plan> plan = setting ? Optional.of(new ProgramCommand.Plan(weeks, perWeek,
                start == null ? java.time.LocalDate.now() : start, protocol == null ? "" : protocol)) : Optional.empty();
        return globals.commandLine(new ProgramCommand(patient, plan));
    }

    private static java.time.LocalDate startDate(Option option, Tokens tokens) throws UsageException {
        String text = option.value(tokens, "program");
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException("option " + option.name + " '" + text + "': expected YYYY-MM-DD (see myofuse program --help)");
        }
    }

    private static int whole(Option option, Tokens tokens, int min, int max) throws UsageException {
        String value = option.value(tokens, "program");
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option.name + " must be a whole number from " + min + " to " + max + ", was '" + value + "'");
    }

    private static int painScore(Option option, Tokens tokens) throws UsageException {
        String value = option.value(tokens, "assess");
        try {
            int score = Integer.parseInt(value.strip());
            if (score >= 0 && score <= 10) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option.name + " must be a pain score from 0 to 10, was '" + value + "'");
    }

    private static String onlyArgument(String seen, String arg, String command) throws UsageException {
        if (seen != null) {
            throw unexpectedArgument(arg, command);
        }
        return arg;
    }

    private static Invocation parseHelp(Tokens tokens) throws UsageException {
        if (!tokens.hasNext()) {
            return new TextRequest(Usage.MAIN);
        }
        String topic = tokens.next();
        if (tokens.hasNext()) {
            throw unexpectedArgument(tokens.next(), "help");
        }
        if (topic.equals("-h") || topic.equals("--help")) {
            return new TextRequest(Usage.HELP);
        }
        String text = Usage.of(topic);
        if (text == null) {
            throw new UsageException("unknown command '" + topic + "' (see myofuse --help)");
        }
        return new TextRequest(text);
    }

    private String checkedSpec(String spec) throws UsageException {
        try {
            deviceSpecCheck.accept(spec);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " (see myofuse run --help)");
        }
        return spec;
    }

    private static Duration parseDuration(String text) throws UsageException {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " (see myofuse run --help)");
        }
    }

    private static <T> T once(T previous, Option option, T value) throws UsageException {
        if (previous != null) {
            throw new UsageException("option " + option.name + " given twice (see myofuse run --help)");
        }
        return value;
    }

    private static UsageException unknownOption(Option option, String command) {
        return new UsageException("unknown option " + option.name + " for " + command + " (see myofuse "
                + command + " --help)");
    }

    private static UsageException unexpectedArgument(String arg, String command) {
        return new UsageException("unexpected argument '" + arg + "' for " + command + " (see myofuse " + command
                + " --help)");
    }

    private static String helpHint(String command) {
        return command == null ? "(see myofuse --help)" : "(see myofuse " + command + " --help)";
    }

    /** The options every command accepts. */
    private static final class GlobalOptions {
        private Path home;
        private boolean bootTime;

        /** Consumes {@code option} if it is a global option; false if it is not one. */
        boolean accept(Option option, Tokens tokens, String command) throws UsageException {
            switch (option.name) {
                case "--home" -> {
                    String value = option.value(tokens, command);
                    if (home != null) {
                        throw new UsageException("option --home given twice " + helpHint(command));
                    }
                    home = Path.of(value);
                    return true;
                }
                case "--boot-time" -> {
                    option.requireNoValue(command);
                    bootTime = true;
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        CommandLine commandLine(Command command) {
            return new CommandLine(Optional.ofNullable(home), bootTime, command);
        }
    }

    /** One option token, split at '=' if its value is joined to it. */
    private static final class Option {
        final String name;
        final String joinedValue;

        private Option(String name, String joinedValue) {
            this.name = name;
            this.joinedValue = joinedValue;
        }

        static Option of(String arg) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                return new Option(arg.substring(0, eq), arg.substring(eq + 1));
            }
            return new Option(arg, null);
        }

        boolean isHelp() {
            return joinedValue == null && (name.equals("-h") || name.equals("--help"));
        }

        void requireNoValue(String command) throws UsageException {
            if (joinedValue != null) {
                throw new UsageException("option " + name + " takes no value " + helpHint(command));
            }
        }

        /** The option's value, joined or the next token; an option-like next token is not a value. */
        String value(Tokens tokens, String command) throws UsageException {
            String value = joinedValue;
            if (value == null && tokens.hasNext() && !tokens.peek().startsWith("--")) {
                value = tokens.next();
            }
            if (value == null || value.isBlank()) {
                throw new UsageException("option " + name + " needs a value " + helpHint(command));
            }
            return value;
        }
    }

    private static final class Tokens {
        private final List<String> args;
        private int next;

        Tokens(List<String> args) {
            this.args = List.copyOf(args);
        }

        boolean hasNext() {
            return next < args.size();
        }

        String peek() {
            return args.get(next);
        }

        String next() {
            return args.get(next++);
        }
    }
}
