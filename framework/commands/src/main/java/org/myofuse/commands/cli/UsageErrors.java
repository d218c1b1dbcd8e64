package org.myofuse.commands.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one-line messages of bad usage, in myofuse's own wording (which predates picocli and is public
 * interface): picocli's exceptions are turned into them here; the options' own checks throw
 * {@link UsageException}s that picocli hands on as the cause.
 */
final class UsageErrors {

    /** Picocli 4.7's message for a value given to an option that takes none (no accessor carries the option). */
    private static final Pattern NO_VALUE = Pattern.compile("option '([^']+)' should be specified without");

    private UsageErrors() {
    }

    static String of(ParameterException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UsageException usage) {
                return usage.getMessage();
            }
        }
        String command = firstLevel(e.getCommandLine().getCommandSpec());
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(e.getCommandLine(), unmatched.getUnmatched().get(0));
        }
        if (e instanceof MissingParameterException missing) {
            return missing.getMissing().stream().filter(ArgSpec::isOption).findFirst()
                    .map(o -> "option " + ((OptionSpec) o).longestName() + " needs a value " + Values.hint(command))
                    .orElse(e.getMessage() + " " + Values.hint(command));
        }
        Matcher noValue = NO_VALUE.matcher(String.valueOf(e.getMessage()));
        if (e instanceof MaxValuesExceededException && noValue.find()) {
            return "option " + noValue.group(1) + " takes no value " + Values.hint(command);
        }
        return e.getMessage() + " " + Values.hint(command);
    }

    /**
     * An argument that {@code where} has no place for: an unknown option, an unknown command (at the
     * top), an unknown action (of patients, therapists) or one argument too many.
     */
    static String unmatched(CommandLine where, String arg) {
        CommandSpec spec = where.getCommandSpec();
        String command = firstLevel(spec);
        if (command != null && !where.getSubcommands().isEmpty()) {
            return "unknown " + command + " action '" + arg + "': " + String.join(" or ", where.getSubcommands().keySet())
                    + " " + Values.hint(command);
        }
        if (arg.startsWith("-")) {
            return "unknown option " + optionName(arg) + (command == null ? "" : " for " + command) + " "
                    + Values.hint(command);
        }
        if (command == null) {
            return "unknown command '" + arg + "' " + Values.hint(null);
        }
        return "unexpected argument '" + arg + "' for " + command + " " + Values.hint(command);
    }

    /**
     * While the line is being read: the usage error of the first argument so far that had no place, on
     * {@code line} or on the commands above it; null if there is none.
     */
    static String earlierMistake(CommandLine line) {
        if (line.getParent() != null) {
            String above = earlierMistake(line.getParent());
            if (above != null) {
                return above;
            }
        }
        List<String> unmatched = line.getUnmatchedArguments();
        return unmatched.isEmpty() ? null : unmatched(line, unmatched.get(0));
    }

    /** The name of the command below {@code myofuse} that {@code spec} is or belongs to; null for the top. */
    static String firstLevel(CommandSpec spec) {
        if (spec.parent() == null) {
            return null;
        }
        CommandSpec level = spec;
        while (level.parent().parent() != null) {
            level = level.parent();
        }
        return level.name();
    }

    /** {@code --frob=1} names the option {@code --frob}. */
    private static String optionName(String arg) {
        int eq = arg.indexOf('=');
        return arg.startsWith("--") && eq > 2 ? arg.substring(0, eq) : arg;
    }
}
