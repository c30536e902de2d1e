package dev.gilspy.interp.modules.sre;

import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SRE code of the patterns the library compiles at import time, computed ahead of time
 * ({@code precompiled-patterns.txt}, written at build time by {@code tools/re_table.py} from gilspy's own
 * {@code re._parser}/{@code re._compiler}; {@code SrePrecompiledTest} recomputes every entry).
 *
 * <p>CPython parses and compiles each pattern in Python ({@code re._compiler.compile}), in every
 * process; on a cold JVM the twenty patterns of the everyday import line ({@code json},
 * {@code string}, {@code textwrap}, {@code logging}, ...) took about a sixth of its time. GraalPy's
 * {@code re/_compiler.py} ends with {@code compile = _sre.setup(compile, error, _parser.FLAGS)}, and
 * gilspy's {@code setup} returns {@link #wrap}: for an exact {@code str} or {@code bytes} pattern
 * and int flags found in the table it makes the pattern object {@code compile} would make (the same
 * pattern object, flags, code, group count, group index and index group) without running the
 * parser; every other call goes to CPython's {@code compile}. The table holds no pattern whose
 * compile warns or that asks for DEBUG output, so the shortcut is silent exactly when
 * {@code compile} would have been.
 */
final class SrePrecompiled {
    private SrePrecompiled() {}

    static final String RESOURCE = "precompiled-patterns.txt";

    record Entry(int outFlags, int groups, String[] names, int[] indices, int[] code) {}

    /** Calls answered from the table (tests read it). */
    static final AtomicLong HITS = new AtomicLong();

    /**
     * Each line's rest by its first three fields ({@code KIND FLAGS HEXPATTERN}): the table is only
     * indexed when read (a cold JVM parsing all of its ~10,000 code words took 25-100 ms), and an
     * entry is parsed when a compile asks for it.
     */
    private static volatile Map<String, String> table;
    private static final Map<String, Entry> PARSED = new ConcurrentHashMap<>();

    static Map<String, String> table() {
        Map<String, String> t = table;
        if (t == null) {
            t = load();
            table = t;
        }
        return t;
    }

    /** The table's key for an exact str or bytes pattern and int flags, or null. */
    static String key(Object pattern, long flags) {
        byte[] raw;
        String kind;
        if (pattern instanceof String s) {
            raw = s.getBytes(StandardCharsets.UTF_8);
            if (raw.length != s.length() && !new String(raw, StandardCharsets.UTF_8).equals(s)) {
                return null; // a lone surrogate: the table holds none
            }
            kind = "s ";
        } else if (pattern instanceof PyBytes b && b.type() == Types.BYTES) {
            raw = b.data();
            kind = "b ";
        } else {
            return null;
        }
        return kind + flags + " " + HexFormat.of().formatHex(raw);
    }

    static Entry lookup(Object pattern, long flags) {
        String key = key(pattern, flags);
        if (key == null) {
            return null;
        }
        Entry e = PARSED.get(key);
        if (e == null) {
            String rest = table().get(key);
            if (rest == null) {
                return null;
            }
            e = parse(rest);
            PARSED.put(key, e);
        }
        return e;
    }

    /** The {@code compile} that {@code _sre.setup(compile, error, flags)} returns. */
    static PyBuiltin wrap(Object compile) {
        return new PyBuiltin("compile", (t, a, k) -> {
            if ((k == null || k.length == 0) && (a.length == 1 || a.length == 2)) {
                Object flags = a.length == 2 ? a[1] : (Object) 0L;
                if (flags instanceof Long f) {
                    Entry e = lookup(a[0], f);
                    if (e != null) {
                        HITS.incrementAndGet();
                        return pattern(a[0], e);
                    }
                }
            }
            return Ops.call(t, compile, a, k);
        });
    }

    private static PyPattern pattern(Object source, Entry e) {
        PyDict groupindex = new PyDict();
        Object[] indexgroup = new Object[e.groups + 1];
        java.util.Arrays.fill(indexgroup, PyNone.NONE);
        for (int i = 0; i < e.names.length; i++) {
            groupindex.put(e.names[i], (long) e.indices[i]);
            indexgroup[e.indices[i]] = e.names[i];
        }
        return new PyPattern(source, e.outFlags, e.code.clone(), e.groups, groupindex, new PyTuple(indexgroup));
    }

    static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        String text;
        try {
            byte[] data = dev.gilspy.interp.runtime.Importer.readResource("/dev/gilspy/interp/modules/sre/" + RESOURCE);
            if (data == null) {
                return m;
            }
            text = new String(data, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int pos = 0; pos < text.length(); ) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            int sp = text.indexOf(' ', text.indexOf(' ', text.indexOf(' ', pos) + 1) + 1);
            if (sp > 0 && sp < end) {
                m.put(text.substring(pos, sp), text.substring(sp + 1, end));
            }
            pos = end + 1;
        }
        return m;
    }

    /** An entry from a line's rest: {@code OUTFLAGS GROUPS GROUPINDEX CODE}. */
    static Entry parse(String rest) {
        String[] f = rest.split(" ");
        String[] names = new String[0];
        int[] indices = new int[0];
        if (!f[2].equals("-")) {
            String[] gi = f[2].split(",");
            names = new String[gi.length];
            indices = new int[gi.length];
            for (int i = 0; i < gi.length; i++) {
                int colon = gi[i].indexOf(':');
                names[i] = new String(HexFormat.of().parseHex(gi[i], 0, colon), StandardCharsets.UTF_8);
                indices[i] = Integer.parseInt(gi[i].substring(colon + 1));
            }
        }
        String[] words = f[3].split(",");
        int[] code = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            code[i] = (int) Long.parseLong(words[i]);
        }
        return new Entry(Integer.parseInt(f[0]), Integer.parseInt(f[1]), names, indices, code);
    }
}
