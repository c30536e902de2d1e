package dev.gilspy.attach;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Puts the agent's start-up classes into the launcher's class-data archive.
 *
 * <p>The launcher records its AppCDS archive from a run without {@code -javaagent} (an agent in the
 * training run leaves the interpreter's classes out), so a run with {@code -javaagent:gilspy.jar}
 * loaded the agent's ~55 classes from the jar and ~45 JDK classes (java.lang.instrument, JFR's
 * registration) from the runtime image, parsing and verifying each one. The agent's classes sit in
 * the same jar as the interpreter's, on the class path the archive was recorded with, so the training
 * run only has to load them: {@link #loadIfTraining()} loads and links (without initializing) every class of
 * the jar's {@code dev.gilspy.agent} packages and the classes named in {@code cds-agent-classes.txt}
 * (the JDK and shaded-library classes an agent run loads, from {@code -Xlog:class+load}), and the
 * JVM archives them with the rest. A run without the agent never loads them, so it pays nothing.
 * It also links the method handles the agent's reader of gilspy's interpreter uses
 * ({@code Targets.linkReaderForArchive}), so their LambdaForm classes come from the archive too.
 */
public final class CdsAgentClasses {
    private CdsAgentClasses() {}

    /** In a training run ({@code -Dgilspy.cdsTraining=true}, see the launcher): loads the agent's classes; returns how many loaded. */
    public static int loadIfTraining() {
        if (!Boolean.getBoolean("gilspy.cdsTraining")) {
            return 0;
        }
        ClassLoader loader = CdsAgentClasses.class.getClassLoader();
        int loaded = 0;
        for (String name : names()) {
            try {
                // linked, not initialized: JDK 17's archive at exit skips a class that is not linked,
                // and asking for its constructors links it (the JVM does so before it lists them)
                Class.forName(name, false, loader).getDeclaredConstructors();
                loaded++;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // not in this build or this JDK: nothing to archive
            }
        }
        try {
            dev.gilspy.agent.Targets.linkReaderForArchive(loader);
        } catch (RuntimeException | LinkageError e) {
            // only a start-up saving for agent runs: the training goes on
        }
        return loaded;
    }

    static List<String> names() {
        List<String> names = new ArrayList<>(agentClassesInJar());
        try (InputStream in = CdsAgentClasses.class.getResourceAsStream("cds-agent-classes.txt")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        names.add(line.trim());
                    }
                }
            }
        } catch (IOException e) {
            // the jar's own classes are still there
        }
        return names;
    }

    /** The classes of the agent's packages in the jar this class came from (none when it is not a jar). */
    static List<String> agentClassesInJar() {
        try {
            return agentClassesIn(Path.of(CdsAgentClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return new ArrayList<>(); // no jar to list
        }
    }

    /** The classes of the {@code dev.gilspy.agent} packages in {@code jar}; none when it is not a jar. */
    static List<String> agentClassesIn(Path jar) {
        List<String> names = new ArrayList<>();
        if (!jar.toString().endsWith(".jar")) {
            return names;
        }
        try {
            try (JarFile f = new JarFile(jar.toFile())) {
                for (Enumeration<JarEntry> e = f.entries(); e.hasMoreElements(); ) {
                    String entry = e.nextElement().getName();
                    if (entry.startsWith("dev/gilspy/agent/") && entry.endsWith(".class") && !entry.endsWith("module-info.class")) {
                        names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            // no jar to list
        }
        return names;
    }
}
