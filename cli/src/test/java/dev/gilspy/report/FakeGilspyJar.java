package dev.gilspy.report;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import dev.gilspy.agent.jfr.GilDropRequestEvent;
import dev.gilspy.agent.jfr.GilHoldEvent;
import dev.gilspy.agent.jfr.GilSampleEvent;
import dev.gilspy.agent.jfr.GilWaitEvent;
import jdk.jfr.Recording;

/**
 * A stand-in for gilspy.jar until the agent and the interpreter are merged: its agent honours
 * {@code jfr=FILE} (a recording of the gilspy events, dumped at exit, as the real agent does) and its
 * {@code run SCRIPT} commits GIL waits in {@code countdown} for as many seconds as the script's
 * first line says, then exits with the code on its second line.
 */
public final class FakeGilspyJar {
    private FakeGilspyJar() {}

    public static void premain(String options, Instrumentation inst) {
        if (options == null || !options.startsWith("jfr=")) return;
        Path file = Path.of(options.substring(4));
        Recording r = new Recording();
        for (Class<? extends jdk.jfr.Event> c : java.util.List.of(GilWaitEvent.class, GilHoldEvent.class,
                GilSampleEvent.class, GilDropRequestEvent.class)) {
            r.enable(c).withThreshold(Duration.ZERO);
        }
        try {
            r.setDestination(file); // JFR's own exit hook writes it, also on SIGTERM and System.exit
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        r.setDumpOnExit(true);
        r.start();
    }

    public static void main(String[] args) throws Exception {
        var lines = Files.readAllLines(Path.of(args[1]));
        double seconds = Double.parseDouble(lines.get(0));
        int code = Integer.parseInt(lines.get(1));
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            GilWaitEvent e = new GilWaitEvent();
            e.begin();
            e.pythonThread = "Thread-1";
            e.pythonStack = "countdown (" + args[1] + ":3)";
            Thread.sleep(5);
            e.commit();
        }
        System.exit(code);
    }

    /** Writes the jar: this class plus the agent's event classes. */
    static Path write(Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeGilspyJar.class.getName());
        m.getMainAttributes().putValue("Premain-Class", FakeGilspyJar.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            for (Class<?> c : new Class<?>[] {FakeGilspyJar.class, GilWaitEvent.class, GilHoldEvent.class,
                    GilSampleEvent.class, GilDropRequestEvent.class}) {
                String name = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (var in = c.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

}
