package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.FdTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The bridge between a child process's standard streams and this interpreter's descriptors.
 *
 * <p>Our descriptors live in {@link FdTable}, not in the kernel's table, so a child cannot inherit
 * them. Instead the child gets a pipe from the JVM for each such stream, and a daemon thread copies
 * between that pipe and the descriptor's open file description, which the thread holds a
 * reference to ({@link FdTable#retain}) as the child's inherited copy would. When the child closes
 * its end (it exits), the thread releases its reference, so the parent's reader sees end of file
 * once its own copy of the write end is closed too: the same rule as with a kernel pipe. The
 * threads never touch a Python object, so they need no GIL.
 */
final class StreamPump {
    private StreamPump() {}

    /** Copies what the interpreter's {@code src} yields into the child's stdin, then closes that. */
    static void toChild(FdTable.OpenFile src, OutputStream childIn, long pid) {
        start("gilspy-subprocess-stdin-" + pid, () -> {
            try {
                while (true) {
                    byte[] b = FdTable.read(src, 1 << 16);
                    if (b.length == 0) {
                        break;
                    }
                    childIn.write(b);
                    childIn.flush();
                }
            } catch (IOException | RuntimeException e) {
                // the child exited without reading all (EPIPE), or the descriptor closed under us
            } finally {
                closeQuietly(childIn);
                releaseQuietly(src);
            }
        });
    }

    /** Copies the child's stdout or stderr into the interpreter's {@code dst} until end of file. */
    static Thread fromChild(InputStream childOut, FdTable.OpenFile dst, long pid, String which) {
        return start("gilspy-subprocess-" + which + "-" + pid, () -> {
            byte[] buf = new byte[1 << 16];
            try {
                int n;
                while ((n = childOut.read(buf)) >= 0) {
                    byte[] chunk = java.util.Arrays.copyOf(buf, n);
                    if (dst.file != null) {
                        // a file the parent wrote through open()'s own offset: the child's output goes
                        // after what is there, where a shared offset would mostly be
                        FdTable.lseek(dst, 0, 2);
                    }
                    int off = 0;
                    while (off < chunk.length) {
                        byte[] rest = off == 0 ? chunk : java.util.Arrays.copyOfRange(chunk, off, chunk.length);
                        off += FdTable.write(dst, rest);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the reader went away (EPIPE): the child gets EPIPE on its next write
            } finally {
                closeQuietly(childOut);
                releaseQuietly(dst);
            }
        });
    }

    private static Thread start(String name, Runnable body) {
        Thread th = new Thread(body, name);
        th.setDaemon(true);
        th.start();
        return th;
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing left to tell
        }
    }

    static void releaseQuietly(FdTable.OpenFile f) {
        try {
            FdTable.release(f);
        } catch (IOException | RuntimeException e) {
            // closing a pipe end the other side already closed
        }
    }
}
