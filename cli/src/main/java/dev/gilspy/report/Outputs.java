package dev.gilspy.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a recording in the format the user asked for: the one place record and report share. */
public final class Outputs {
    private Outputs() {}

    /** Writes {@code out} and returns a one-line description of what was written. */
    public static String write(GilRecording recording, FlameOptions options, Path out)
            throws IOException, RecordingException {
        return write(recording, options, out, recording.source().getFileName().toString());
    }

    /**
     * As {@link #write(GilRecording, FlameOptions, Path)}, naming the recording {@code label} in messages
     * and subtitles: {@code record} reads a temporary file whose name would mean nothing to the user.
     */
    public static String write(GilRecording recording, FlameOptions options, Path out, String label)
            throws IOException, RecordingException {
        Format format = options.parsedFormat();
        if (format == Format.JFR) {
            if (options.include != null || options.exclude != null) {
                // A .jfr output is a copy of the recording, byte for byte: a filter would be silently ignored.
                throw new IllegalArgumentException("--include and --exclude filter stacks in a flame graph, profile or timeline;"
                        + " a .jfr output is a copy of the whole recording");
            }
            if (!recording.source().toAbsolutePath().equals(out.toAbsolutePath())) {
                Files.copy(recording.source(), out, StandardCopyOption.REPLACE_EXISTING);
                try { // a recording holds thread names and stacks: readable by the user only
                    Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // the folder's ACL decides
                }
            }
            return "wrote " + out + " (" + recording.events().size() + " gilspy events)";
        }
        if (format.isTimeline()) return writeTimeline(recording, options, out, label, format);
        Profile profile = Profile.build(recording, options.profileOptions());
        requireData(profile, label, options.include != null || options.exclude != null);
        String subtitle = label + ": " + ProfileConverter.formatWeight(profile.total(), profile.mode())
                + " in " + profile.stacks().size() + (profile.stacks().size() == 1 ? " stack" : " stacks");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            ProfileConverter converter = ProfileConverter.forFormat(format, options.renderOptions(subtitle));
            if (converter instanceof SpeedscopeConverter speedscope && (profile.mode() == Mode.WAIT || profile.mode() == Mode.HOLD)) {
                ProfileOptions po = options.profileOptions();
                speedscope.withTimeline(GilTimeline.of(recording, po.include(), po.exclude()),
                        profile.mode() == Mode.WAIT ? GilTimeline.State.WAIT : GilTimeline.State.HOLD);
            }
            converter.convert(profile, os);
        }
        String units = format == Format.COLLAPSED && profile.mode().isTime()
                ? "; counts are microseconds: flamegraph.pl --countname us" : "";
        return "wrote " + out + " (" + format.extension() + ", " + (options.mixed ? "--mixed" : "--mode " + profile.mode().name().toLowerCase())
                + ", " + ProfileConverter.formatWeight(profile.total(), profile.mode()) + units + ")";
    }

    private static String writeTimeline(GilRecording recording, FlameOptions options, Path out, String label, Format format)
            throws IOException, RecordingException {
        ProfileOptions po = options.profileOptions();
        GilTimeline timeline = GilTimeline.of(recording, po.include(), po.exclude());
        if (timeline.lanes().stream().allMatch(l -> l.spans().isEmpty())) {
            throw new RecordingException(label + ": no GIL waits or holds to draw on a timeline"
                    + (po.include() != null || po.exclude() != null ? " left after --include/--exclude" : ""));
        }
        String title = options.title != null ? options.title : "GIL timeline: who held the GIL, who waited, when";
        String subtitle = label + ": " + timeline.lanes().size() + " threads over "
                + ProfileConverter.formatNanos(timeline.end() - timeline.start());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            if (format == Format.TRACE) TraceEventWriter.write(timeline, title + " (" + subtitle + ")", os);
            else TimelineWriter.write(timeline, title, subtitle, os);
        }
        return "wrote " + out + " (" + (format == Format.TRACE ? "trace-event JSON for Perfetto or chrome://tracing" : "HTML timeline")
                + ", " + timeline.lanes().size() + " threads)";
    }

    /** Why {@code out} cannot be written (no such directory, not a directory, read-only), or null. */
    public static String whyUnwritable(Path out) {
        Path dir = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) return "it is a directory";
        if (dir == null) return null;
        if (!Files.exists(dir)) return "no such directory " + dir;
        if (!Files.isDirectory(dir)) return dir + " is not a directory";
        if (!Files.isWritable(dir) && !Files.isWritable(out)) return "permission denied (" + dir + " is not writable)";
        if (Files.exists(out) && !Files.isWritable(out)) return "permission denied";
        return null;
    }

    static void requireData(Profile profile, String label, boolean filtered) throws RecordingException {
        if (profile.total() > 0) return;
        String what = switch (profile.mode()) {
            case WAIT -> "GIL waits (a thread alone never waits; try --mode hold)";
            case HOLD -> "GIL holds";
            case CPU -> "GIL samples in state HOLD (was the agent's sampler on?)";
            case WALL -> "GIL samples (was the agent's sampler on?)";
            case BLAME -> "GIL waits that overlap another thread's hold";
            case JAVA -> "JVM samples (record with --java cpu|wall|lock)";
        };
        throw new RecordingException(label + ": nothing to draw for --mode "
                + profile.mode().name().toLowerCase() + ": no " + what
                + (filtered ? " left after --include/--exclude" : ""));
    }
}
