package dev.gilspy.samples;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Proves that a child process only ever talked over loopback. While it runs, this polls the
 * child's own TCP sockets: the socket inodes behind {@code /proc/PID/fd/*}, looked up in
 * {@code /proc/PID/net/tcp} and {@code tcp6}. Each endpoint seen must be a loopback address (a
 * listening socket's remote end is the wildcard). Only the child's own descriptors count, so other
 * processes on the machine cannot make the check pass or fail.
 */
final class LoopbackWatch {
    private final long pid;
    /** Every socket endpoint pair seen, as "local -> remote (state)". */
    private final Set<String> seen = new LinkedHashSet<>();
    private final List<String> offenders = new ArrayList<>();

    LoopbackWatch(long pid) {
        this.pid = pid;
    }

    /** Takes one look; harmless if the process has just exited. */
    void poll() {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        inodes.add(link.substring(8, link.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed between listing and reading
                }
            }
            if (inodes.isEmpty()) {
                return;
            }
            for (String table : new String[] {"tcp", "tcp6"}) {
                List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && inodes.contains(f[9])) {
                        check(f[1], f[2], f[3]);
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private void check(String local, String remote, String state) {
        InetAddress l = address(local);
        InetAddress r = address(remote);
        boolean listening = state.equals("0A");
        String entry = l.getHostAddress() + ":" + port(local) + " -> " + r.getHostAddress() + ":" + port(remote)
            + (listening ? " (LISTEN)" : "");
        synchronized (this) {
            if (seen.add(entry) && !(l.isLoopbackAddress() && (r.isLoopbackAddress() || listening && r.isAnyLocalAddress()))) {
                offenders.add(entry);
            }
        }
    }

    synchronized Set<String> seen() {
        return new LinkedHashSet<>(seen);
    }

    synchronized List<String> offenders() {
        return new ArrayList<>(offenders);
    }

    private static int port(String hexEndpoint) {
        return Integer.parseInt(hexEndpoint.substring(hexEndpoint.indexOf(':') + 1), 16);
    }

    /** /proc prints each 32-bit word of the address in host (little-endian) byte order. */
    static InetAddress address(String hexEndpoint) {
        String hex = hexEndpoint.substring(0, hexEndpoint.indexOf(':'));
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = (word * 4 + (3 - b)) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad /proc address " + hexEndpoint, e);
        }
    }
}
