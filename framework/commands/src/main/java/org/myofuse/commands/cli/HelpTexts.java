package org.myofuse.commands.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The layout of the help texts, which picocli generates from the commands' annotations: plain text
 * (no colours: the help is read in terminals, pipes and files alike), 100 columns like the texts'
 * own lines, options in the order they are declared, and a command's help starting with its usage
 * line (its one-line {@code header} is what the general help lists it by).
 */
final class HelpTexts {

    static final int WIDTH = 100;

    private HelpTexts() {
    }

    static String of(CommandLine command) {
        return command.getUsageMessage(Ansi.OFF);
    }

    /** Lays out the help of {@code top} and of every command below it. */
    static void configure(CommandLine top) {
        UsageMessageSpec usage = layout(top);
        usage.optionListHeading("%nGlobal options:%n");
        List<String> sections = new ArrayList<>(List.of(UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING,
                UsageMessageSpec.SECTION_KEY_SYNOPSIS, UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING,
                UsageMessageSpec.SECTION_KEY_DESCRIPTION, UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
                UsageMessageSpec.SECTION_KEY_COMMAND_LIST, UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING,
                UsageMessageSpec.SECTION_KEY_OPTION_LIST, UsageMessageSpec.SECTION_KEY_FOOTER_HEADING,
                UsageMessageSpec.SECTION_KEY_FOOTER, UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING,
                UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST));
        usage.sectionKeys(sections);
        for (CommandLine command : top.getSubcommands().values()) {
            configureCommand(command);
        }
    }

    private static void configureCommand(CommandLine command) {
        UsageMessageSpec usage = layout(command);
        List<String> sections = new ArrayList<>(usage.sectionKeys());
        sections.remove(UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
        sections.remove(UsageMessageSpec.SECTION_KEY_HEADER);
        usage.sectionKeys(sections);
        for (CommandLine sub : command.getSubcommands().values()) {
            configureCommand(sub);
        }
    }

    private static UsageMessageSpec layout(CommandLine command) {
        return command.getCommandSpec().usageMessage()
                .width(WIDTH)
                .sortOptions(false)
                .descriptionHeading("%n")
                .parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n")
                .footerHeading("%n");
    }
}
