package dev.gilspy.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes a child's stdout through, except a first line equal to {@code line}: async-profiler
 * started with {@code -agentpath} prints "Profiling started" on the script's stdout, which is the
 * script's, not ours to add to.
 */
final class DropFirstLine extends OutputStream {
    private final OutputStream out;
    private final byte[] line;
    private ByteArrayOutputStream head = new ByteArrayOutputStream();

    DropFirstLine(OutputStream out, String line) {
        this.out = out;
        this.line = (line + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (head == null) {
            out.write(b, off, len);
            return;
        }
        head.write(b, off, len);
        byte[] seen = head.toByteArray();
        int n = Math.min(seen.length, line.length);
        if (!java.util.Arrays.equals(seen, 0, n, line, 0, n)) {
            head = null; // not the line: everything goes through
            out.write(seen);
        } else if (seen.length >= line.length) {
            head = null; // the line: dropped, the rest goes through
            out.write(seen, line.length, seen.length - line.length);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** The child is done: what was held back (a first line cut short) goes through. Leaves {@code out} open. */
    @Override
    public void close() throws IOException {
        if (head != null) out.write(head.toByteArray());
        head = null;
        out.flush();
    }
}
