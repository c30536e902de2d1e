package dev.gilspy.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The 1,000,000-event benchmark (run by hand, not by the suite):
 * {@code java -Xmx512m -cp <test classpath> dev.gilspy.report.ReportBenchmark FILE.jfr [events]}.
 * Writes a recording of four threads taking turns on the GIL with a few dozen stacks, then times
 * both parsers and the whole report to SVG.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            write(file, events);
            System.out.printf("wrote %s: %d events, %d MB, %d ms%n", file, events, Files.size(file) >> 20,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        String what = args.length > 2 ? args[2] : "all";
        for (int round = 0; round < Integer.getInteger("rounds", 1); round++) {
            if (what.equals("all") || what.equals("jdk")) time("jdk", file);
            if (what.equals("all") || what.equals("jmc")) time("jmc", file);
            if (what.equals("all") || what.equals("svg")) toSvg(file);
        }
    }

    private static void time(String parser, Path file) throws Exception {
        System.gc();
        long t0 = System.nanoTime();
        GilRecording r = RecordingReader.named(parser).read(file);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s parser: %d events in %d ms, heap used after %d MB%n", parser, r.events().size(), ms,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static void toSvg(Path file) throws Exception {
        long t0 = System.nanoTime();
        GilRecording r = RecordingReader.standard().read(file);
        long t1 = System.nanoTime();
        new Summary(r).print(new java.io.PrintStream(OutputStream.nullOutputStream()), 10);
        long t2 = System.nanoTime();
        Profile p = Profile.build(r, ProfileOptions.of(Mode.WAIT).withThreads(true));
        System.out.printf("read %d ms, summary+blame %d ms, profile %d ms%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        Path svg = file.resolveSibling(file.getFileName() + ".svg");
        try (OutputStream out = Files.newOutputStream(svg)) {
            new SvgConverter(RenderOptions.defaults("benchmark")).convert(p, out);
        }
        System.out.printf("read + summary + blame + SVG: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    /** Four threads taking turns: each hold is matched by waits of the others, as in a CPU-bound app. */
    static void write(Path file, int events) throws Exception {
        String[] functions = {"countdown (app.py:3)", "parse (json/decoder.py:337)", "compute (app.py:21)",
                "hash_block (app.py:40)", "encode (json/encoder.py:199)", "sort_rows (app.py:55)"};
        String[] callers = {"worker (app.py:70)\nrun (threading.py:1010)\n_bootstrap_inner (threading.py:1073)",
                "handle (server.py:12)\nworker (app.py:72)\nrun (threading.py:1010)\n_bootstrap_inner (threading.py:1073)"};
        Random random = new Random(1);
        JfrFixture f = new JfrFixture();
        double t = 0;
        for (int i = 0; i < events / 2; i++) {
            String holder = "Thread-" + (i % 4 + 1);
            String waiter = "Thread-" + ((i + 1) % 4 + 1);
            double length = 0.005 + random.nextDouble() * 0.01;
            String stack = functions[random.nextInt(functions.length)] + "\n" + callers[random.nextInt(callers.length)];
            f.hold(holder, t, t + length, stack);
            f.waitEvent(waiter, t, t + length, functions[random.nextInt(functions.length)] + "\n" + callers[0], holder);
            t += length;
        }
        f.write(file);
    }
}
