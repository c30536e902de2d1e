package dev.gilspy.report;

import java.util.regex.Pattern;

/**
 * How to turn events into stacks: which mode, one tower per thread, leaf-first, the regex filters
 * (a stack is kept when some frame matches {@code include} and none matches {@code exclude}), and
 * {@code mixed}: JVM samples with the interpreter's frames replaced by the live Python frames.
 */
public record ProfileOptions(Mode mode, boolean threads, boolean reverse, Pattern include, Pattern exclude, boolean mixed) {

    public static ProfileOptions of(Mode mode) { return new ProfileOptions(mode, false, false, null, null, false); }

    public ProfileOptions withThreads(boolean t) { return new ProfileOptions(mode, t, reverse, include, exclude, mixed); }

    public ProfileOptions withReverse(boolean r) { return new ProfileOptions(mode, threads, r, include, exclude, mixed); }

    public ProfileOptions withFilters(Pattern in, Pattern ex) { return new ProfileOptions(mode, threads, reverse, in, ex, mixed); }

    public ProfileOptions withMixed(boolean m) { return new ProfileOptions(mode, threads, reverse, include, exclude, m); }
}
