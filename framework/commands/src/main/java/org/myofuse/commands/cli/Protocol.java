package org.myofuse.commands.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myofuse.commands.request.ProtocolCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code myofuse protocol show|validate}. */
@Command(name = Protocol.NAME,
        header = "show an installed protocol or validate protocol files: myofuse protocol show ID",
        customSynopsis = {
                "myofuse protocol show ID",
                "       myofuse protocol validate FILE..." },
        description = {
                "Prints the effective protocol ID (the clinic's overrides applied, included protocols",
                "expanded, every parameter with its value, unit and source), or checks protocol and",
                "override documents (YAML or JSON) against the published schema and the protocol rules." },
        footer = "See docs/protocols-format.md for the format.",
        subcommands = { Protocol.Show.class, Protocol.Validate.class })
final class Protocol implements CliCommand {

    static final String NAME = "protocol";

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        throw new UsageException("protocol needs show or validate " + Values.hint(NAME));
    }

    /** {@code myofuse protocol show ID}. */
    @Command(name = "show",
            header = "print the effective protocol",
            customSynopsis = "myofuse protocol show ID",
            description = {
                    "Prints the installed protocol ID as it is in effect, as YAML: the clinic's overrides",
                    "applied, included protocols expanded, every parameter with its value, unit and source." },
            footer = "An id that is not installed is refused (exit 1); 'myofuse protocols' lists them.")
    static final class Show implements CliCommand {

        @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "ID", description = "the protocol's id")
        private String id;

        @Mixin
        private GlobalOptions globalOptions;

        @Mixin
        private HelpOption helpOption;

        @Override
        public Invocation invocation(Globals globals) throws UsageException {
            if (id == null) {
                throw new UsageException("protocol show needs a protocol id, e.g. myofuse protocol show lumbar-session "
                        + Values.hint(NAME));
            }
            return globals.launch(ProtocolCommand.show(id));
        }
    }

    /** {@code myofuse protocol validate FILE...}. */
    @Command(name = "validate",
            header = "check protocol and override files",
            customSynopsis = "myofuse protocol validate FILE...",
            description = {
                    "Checks each protocol or override document (YAML, or JSON for *.json) against the",
                    "published JSON Schema and the protocol rules, and prints every problem as",
                    "'FILE: PATH: message', e.g. steps[2].targetNormalForce.min, errors and warnings.",
                    "Included protocols and overridden ones are looked up among the files given first,",
                    "then among the installed protocols." },
            footer = "Exit status 1 when any file has an error (warnings alone leave it 0).")
    static final class Validate implements CliCommand {

        @Parameters(arity = "0..*", hideParamSyntax = true, paramLabel = "FILE", description = "protocol or override documents")
        private List<String> files = new ArrayList<>();

        @Mixin
        private GlobalOptions globalOptions;

        @Mixin
        private HelpOption helpOption;

        @Override
        public Invocation invocation(Globals globals) throws UsageException {
            if (files.isEmpty()) {
                throw new UsageException("protocol validate needs at least one file, e.g. myofuse protocol validate "
                        + "etc/protocols/my-protocol.yaml " + Values.hint(NAME));
            }
            List<Path> paths = new ArrayList<>();
            for (String file : files) {
                paths.add(Values.path(file, NAME));
            }
            return globals.launch(ProtocolCommand.validate(paths));
        }
    }
}
