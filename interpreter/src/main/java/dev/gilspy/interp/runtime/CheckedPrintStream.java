package dev.gilspy.interp.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PrintStream} whose {@link #writeChecked} and {@link #flushChecked} report I/O errors
 * instead of swallowing them: {@link PyFile} writes through these, so {@code sys.stdout} over the
 * process's real stdout raises {@code OSError} (ENOSPC, EPIPE) as CPython does. The ordinary
 * {@code PrintStream} methods still swallow errors, for the interpreter's own messages.
 */
public final class CheckedPrintStream extends PrintStream {
    private final OutputStream raw;

    public CheckedPrintStream(OutputStream raw) {
        super(raw, false, StandardCharsets.UTF_8);
        this.raw = raw;
    }

    public void writeChecked(byte[] b) throws IOException {
        synchronized (this) {
            raw.write(b);
        }
    }

    public void flushChecked() throws IOException {
        synchronized (this) {
            raw.flush();
        }
    }
}
