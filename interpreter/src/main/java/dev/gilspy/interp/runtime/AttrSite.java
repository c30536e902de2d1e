package dev.gilspy.interp.runtime;

/**
 * A call site's memory of the last instance shape it met (an inline cache), for
 * {@link PyInstance#getCached} and {@link PyInstance#putCached}: an attribute node keeps one, and a
 * hit costs one reference compare instead of a name lookup. The entry is immutable and replaced
 * whole, so a site shared by two threads never pairs one shape with another's index.
 */
public final class AttrSite {
    /**
     * {@code from == null}: the name sits at {@code index} of {@code shape} (-1: it is not there). Otherwise assigning
     * the name to an instance of shape {@code from} appends it at {@code index}, giving {@code shape}.
     */
    record Entry(Shape from, Shape shape, int index) {}

    Entry entry;
}
