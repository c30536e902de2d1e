package dev.gilspy.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * pprof's {@code profile.proto}, gzipped: what {@code go tool pprof}, Pyroscope and Grafana read.
 * Each distinct stack is one sample, leaf first, valued in nanoseconds (time modes) or counts
 * (sampled modes), with a {@code thread} label; Python frames keep their file and line.
 *
 * <p>The protobuf encoding is written by hand (varints and length-delimited fields), which for
 * these six message types is shorter than a dependency; field numbers are profile.proto's.
 */
public final class PprofConverter extends ProfileConverter {
    private static final Pattern PY_FRAME = Pattern.compile("^(.*) \\((.*):(\\d+)\\)$");

    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> stringTable = new ArrayList<>();
    private final Map<String, Long> functionIds = new HashMap<>();
    private final Map<String, Long> locationIds = new HashMap<>();
    private final ByteArrayOutputStream functions = new ByteArrayOutputStream();
    private final ByteArrayOutputStream locations = new ByteArrayOutputStream();
    private final ByteArrayOutputStream samples = new ByteArrayOutputStream();

    public PprofConverter(RenderOptions render) {
        super(render);
        string(""); // string_table[0] must be empty
    }

    @Override
    protected void add(Profile.Stack stack) {
        Frame[] f = stack.frames();
        boolean thread = f.length > 0 && f[0].type() == Frame.Type.THREAD;
        List<Long> leafFirst = new ArrayList<>(f.length);
        for (int i = f.length - 1; i >= (thread ? 1 : 0); i--) leafFirst.add(location(f[i]));
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        ByteArrayOutputStream ids = new ByteArrayOutputStream();
        for (long id : leafFirst) varint(ids, id);
        bytes(s, 1, ids.toByteArray()); // location_id, packed
        ByteArrayOutputStream values = new ByteArrayOutputStream();
        varint(values, stack.weight());
        bytes(s, 2, values.toByteArray()); // value, packed
        String threadName = thread ? f[0].name() : stack.thread();
        if (threadName != null) {
            ByteArrayOutputStream label = new ByteArrayOutputStream();
            int64(label, 1, string("thread"));
            int64(label, 2, string(threadName));
            bytes(s, 3, label.toByteArray());
        }
        bytes(samples, 2, s.toByteArray());
    }

    private long location(Frame frame) {
        Matcher m = frame.type() == Frame.Type.PYTHON ? PY_FRAME.matcher(frame.name()) : null;
        String name = m != null && m.matches() ? m.group(1) : frame.name();
        String file = m != null && m.matches() ? m.group(2) : "";
        long line = m != null && m.matches() ? Long.parseLong(m.group(3)) : 0;
        Long known = locationIds.get(frame.name());
        if (known != null) return known;
        long functionId = functionIds.computeIfAbsent(name + "\u0000" + file, k -> {
            long id = functionIds.size() + 1;
            ByteArrayOutputStream fn = new ByteArrayOutputStream();
            int64(fn, 1, id);
            int64(fn, 2, string(name));
            int64(fn, 3, string(name));
            int64(fn, 4, string(file));
            bytes(functions, 5, fn.toByteArray());
            return id;
        });
        long id = locationIds.size() + 1;
        locationIds.put(frame.name(), id);
        ByteArrayOutputStream lineMsg = new ByteArrayOutputStream();
        int64(lineMsg, 1, functionId);
        int64(lineMsg, 2, line);
        ByteArrayOutputStream loc = new ByteArrayOutputStream();
        int64(loc, 1, id);
        bytes(loc, 4, lineMsg.toByteArray());
        bytes(locations, 4, loc.toByteArray());
        return id;
    }

    @Override
    protected void end(Profile profile, OutputStream out) throws IOException {
        boolean time = profile.mode().isTime();
        String type = profile.mode().name().toLowerCase(java.util.Locale.ROOT);
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        ByteArrayOutputStream valueType = new ByteArrayOutputStream();
        int64(valueType, 1, string(time ? type : "samples"));
        int64(valueType, 2, string(time ? "nanoseconds" : "count"));
        bytes(p, 1, valueType.toByteArray()); // sample_type
        samples.writeTo(p);
        locations.writeTo(p);
        functions.writeTo(p);
        ByteArrayOutputStream periodType = new ByteArrayOutputStream();
        int64(periodType, 1, string(time ? type : "samples"));
        int64(periodType, 2, string(time ? "nanoseconds" : "count"));
        int64(p, 13, string(render.title())); // comment
        for (String s : stringTable) bytes(p, 6, s.getBytes(StandardCharsets.UTF_8));
        bytes(p, 11, periodType.toByteArray());
        int64(p, 12, 1);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            p.writeTo(gz);
        }
    }

    private int string(String s) {
        return strings.computeIfAbsent(s, k -> {
            stringTable.add(k);
            return stringTable.size() - 1;
        });
    }

    private static void int64(ByteArrayOutputStream out, int field, long value) {
        varint(out, (long) field << 3);
        varint(out, value);
    }

    private static void bytes(ByteArrayOutputStream out, int field, byte[] value) {
        varint(out, ((long) field << 3) | 2);
        varint(out, value.length);
        out.write(value, 0, value.length);
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
