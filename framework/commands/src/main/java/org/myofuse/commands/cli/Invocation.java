package org.myofuse.commands.cli;

/** What a command line asks for: a command to carry out, or a text (help, version, completion script) to print. */
public sealed interface Invocation permits LaunchRequest, TextRequest {
}
