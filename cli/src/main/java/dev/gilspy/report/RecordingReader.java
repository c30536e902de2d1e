package dev.gilspy.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a {@code .jfr} file into a {@link GilRecording}. Two implementations: {@link JdkRecordingReader}
 * ({@code jdk.jfr.consumer.RecordingFile}, the default: faster and leaner, see the package notes)
 * and {@link JmcRecordingReader} (the JMC parser).
 *
 * <p>The base class checks the file before any parser sees it, so that every bad input gets a
 * message a user understands instead of a parser's exception.
 */
public abstract class RecordingReader {

    private static final byte[] MAGIC = {'F', 'L', 'R', 0};

    /** Other gilspy events (GilStats) seen by the last parse: the agent was there, the GIL idle. */
    protected long otherGilspyEvents;

    /** The reader named by {@code --parser}: {@code jdk} (default) or {@code jmc}. */
    public static RecordingReader named(String name) {
        return switch (name) {
            case "jdk" -> new JdkRecordingReader();
            case "jmc" -> new JmcRecordingReader();
            default -> throw new IllegalArgumentException("unknown parser '" + name + "' (expected jdk or jmc)");
        };
    }

    public static RecordingReader standard() { return new JdkRecordingReader(); }

    /** Reads the file; fails with a one-line message for a missing, empty, foreign or truncated file. */
    public final GilRecording read(Path file) throws RecordingException {
        checkHeader(file);
        otherGilspyEvents = 0;
        GilRecording recording;
        try {
            recording = parse(file);
        } catch (IOException | RuntimeException e) {
            throw new RecordingException(file + ": truncated or corrupt JFR recording (" + oneLine(e) + ")", e);
        } catch (OutOfMemoryError e) {
            // a corrupt size field makes the parser ask for an array larger than the heap (found by
            // RecordingReaderFuzzTest): that allocation failed and nothing was half built, so the file
            // is refused like any other corrupt one instead of taking the CLI down
            throw new RecordingException(file + ": truncated or corrupt JFR recording (a structure larger than memory)", e);
        }
        if (recording.events().isEmpty() && otherGilspyEvents > 0) {
            throw new RecordingException(file + ": no GIL waits, holds or samples, only " + otherGilspyEvents
                    + " gilspy.GilStats events: no Python thread ran while recording");
        }
        if (recording.events().isEmpty()) {
            throw new RecordingException(recording.otherEvents() == 0
                    ? file + ": the recording is empty (no events at all)"
                    : file + ": no gilspy events in the recording (" + recording.otherEvents()
                      + " other events; was gilspy's agent loaded and the gilspy.* events enabled?)");
        }
        return recording;
    }

    protected abstract GilRecording parse(Path file) throws IOException;

    private static void checkHeader(Path file) throws RecordingException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length);
            if (head.length == 0) throw new RecordingException(file + ": the file is empty");
            if (head.length < MAGIC.length || !java.util.Arrays.equals(head, MAGIC)) {
                throw new RecordingException(file + ": not a JFR recording (no 'FLR' header)");
            }
        } catch (NoSuchFileException e) {
            throw new RecordingException(file + ": no such file");
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot read (" + oneLine(e) + ")", e);
        }
    }

    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            // The JDK's parser fails on a cut file with bare index or EOF errors: a Java class name
            // would tell the user nothing.
            return e instanceof java.io.EOFException || e instanceof IndexOutOfBoundsException
                    ? "it ends in the middle of a record" : "unreadable data";
        }
        return m.lines().findFirst().orElse(m).strip();
    }

    /** Shares one parsed {@link PyStack} between all events with the same stack text. */
    static final class StackCache {
        private final Map<String, PyStack> stacks = new HashMap<>();

        PyStack get(String text) {
            if (text == null || text.isEmpty()) return PyStack.EMPTY;
            PyStack s = stacks.get(text);
            if (s == null) {
                s = PyStack.parse(text);
                stacks.put(text, s);
            }
            return s;
        }
    }

    /** Thread names repeat on every event: keep one copy of each. */
    static final class Names {
        private final Map<String, String> names = new HashMap<>();

        String get(String name) {
            if (name == null) return null;
            String n = names.putIfAbsent(name, name);
            return n == null ? name : n;
        }
    }
}
