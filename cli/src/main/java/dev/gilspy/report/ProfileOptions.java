package dev.gilspy.report;

import java.util.regex.Pattern;

/**
 * How to turn events into stacks: which mode, one tower per thread, leaf-first, and the regex
 * filters (a stack is kept when some frame matches {@code include} and none matches {@code exclude}).
 */
public record ProfileOptions(Mode mode, boolean threads, boolean reverse, Pattern include, Pattern exclude) {

    public static ProfileOptions of(Mode mode) { return new ProfileOptions(mode, false, false, null, null); }

    public ProfileOptions withThreads(boolean t) { return new ProfileOptions(mode, t, reverse, include, exclude); }

    public ProfileOptions withReverse(boolean r) { return new ProfileOptions(mode, threads, r, include, exclude); }

    public ProfileOptions withFilters(Pattern in, Pattern ex) { return new ProfileOptions(mode, threads, reverse, in, ex); }
}
