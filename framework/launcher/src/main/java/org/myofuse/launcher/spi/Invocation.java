package org.myofuse.launcher.spi;

/** What a command line asks for: either a command to launch or a text (help, version) to print. */
public sealed interface Invocation permits CommandLine, TextRequest {
}
