package dev.gilspy.cli;

import picocli.CommandLine.Option;

/** Options every gilspy command takes: {@code @Mixin CommonOptions common;} in each command class. */
public final class CommonOptions {
    /** Read by {@link ExitCodeMapper} from the parse result, so commands need not pass it around. */
    public static final String VERBOSE = "--verbose";

    @Option(names = {"-v", VERBOSE}, description = "Print Java stack traces of failures.")
    boolean verbose;

    public boolean verbose() { return verbose; }
}
