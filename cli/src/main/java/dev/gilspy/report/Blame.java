package dev.gilspy.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who blocked whom: each GIL wait is paired with the holds of other threads on the same GIL that
 * overlap it, and the overlap is attributed to the holder's stack.
 *
 * <p>A sweep over holds sorted by start, O(n log n): for a wait {@code [s, e)}, binary-search the
 * last hold starting before {@code e}, then walk back while the running maximum of hold ends is
 * past {@code s}. With one GIL, holds never overlap each other, so the walk visits only the holds
 * that really overlap; with {@code --gil=off} style overlapping holds it stays correct.
 */
public final class Blame {
    private Blame() {}

    /** {@code nanos} of {@code waiter}'s wait during which {@code hold} ran. */
    public record Overlap(GilEvent waiter, GilEvent hold, long nanos) {}

    public static List<Overlap> overlaps(List<GilEvent> events) {
        Map<Integer, List<GilEvent>> holdsByGil = new HashMap<>();
        for (GilEvent e : events) {
            if (e.kind() == GilEvent.Kind.HOLD && e.duration() > 0) {
                holdsByGil.computeIfAbsent(e.interpreterId(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<Integer, Index> indexes = new HashMap<>();
        holdsByGil.forEach((gil, holds) -> indexes.put(gil, new Index(holds)));
        List<Overlap> out = new ArrayList<>();
        for (GilEvent w : events) {
            if (w.kind() != GilEvent.Kind.WAIT || w.duration() <= 0) continue;
            Index index = indexes.get(w.interpreterId());
            if (index != null) index.overlapping(w, out);
        }
        return out;
    }

    private static final class Index {
        private final GilEvent[] holds;
        private final long[] starts;
        private final long[] maxEnd;

        Index(List<GilEvent> list) {
            holds = list.toArray(new GilEvent[0]);
            java.util.Arrays.sort(holds, Comparator.comparingLong(GilEvent::start));
            starts = new long[holds.length];
            maxEnd = new long[holds.length];
            long max = Long.MIN_VALUE;
            for (int i = 0; i < holds.length; i++) {
                starts[i] = holds[i].start();
                max = Math.max(max, holds[i].end());
                maxEnd[i] = max;
            }
        }

        void overlapping(GilEvent wait, List<Overlap> out) {
            long s = wait.start();
            long e = wait.end();
            int i = lastStartingBefore(e);
            for (; i >= 0 && maxEnd[i] > s; i--) {
                GilEvent h = holds[i];
                if (h.thread() != null && h.thread().equals(wait.thread())) continue;
                long overlap = Math.min(e, h.end()) - Math.max(s, h.start());
                if (overlap > 0) out.add(new Overlap(wait, h, overlap));
            }
        }

        private int lastStartingBefore(long t) {
            int lo = 0;
            int hi = starts.length - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < t) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
            }
            return found;
        }
    }
}
