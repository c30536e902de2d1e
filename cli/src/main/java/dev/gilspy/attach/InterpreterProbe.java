package dev.gilspy.attach;

import com.sun.tools.attach.VirtualMachine;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * Does a JVM run gilspy's interpreter? The interpreter announces itself with the system properties
 * {@value #VERSION_PROPERTY} and {@value #MODE_PROPERTY}. Interpreters that predate them are found
 * the way {@code jstack} would: a thread dump over the attach channel, looking for a thread that is
 * executing the interpreter's classes. That needs the JDK's non-exported {@code sun.tools.attach}
 * ({@code Add-Exports} in gilspy.jar's manifest); without it the answer is "unknown", never a guess
 * from the command line.
 */
public final class InterpreterProbe {
    public static final String VERSION_PROPERTY = "gilspy.interpreter.version";
    public static final String MODE_PROPERTY = "gilspy.gil.mode";
    private static final String INTERPRETER_FRAME = "at dev.gilspy.interp.";

    /** Set by the gilspy agent when it binds to GraalPy: GraalPy's version. */
    public static final String GRAALPY_VERSION_PROPERTY = "gilspy.graalpy.version";
    private static final java.util.regex.Pattern GRAALPY_JAR =
            java.util.regex.Pattern.compile("python-language-(\\d[\\w.+-]*?)\\.jar");

    private InterpreterProbe() {}

    /**
     * The GraalPy version a JVM runs, from what its system properties say: the agent's
     * {@value #GRAALPY_VERSION_PROPERTY}, else GraalPy's {@code python-language-VERSION.jar} on its class
     * or module path (how Maven and Gradle deploy it). Null when neither says.
     */
    public static String graalPyVersion(java.util.Properties p) {
        String v = p.getProperty(GRAALPY_VERSION_PROPERTY);
        if (v != null && !v.isBlank()) return v;
        for (String key : new String[] {"java.class.path", "jdk.module.path"}) {
            java.util.regex.Matcher m = GRAALPY_JAR.matcher(p.getProperty(key, ""));
            if (m.find()) return m.group(1);
        }
        return null;
    }

    /** @return true or false from a thread dump, or null when no dump could be taken */
    public static Boolean runsInterpreter(VirtualMachine vm) {
        try {
            Method dump = vm.getClass().getMethod("remoteDataDump", Object[].class);
            try (InputStream in = (InputStream) dump.invoke(vm, (Object) new Object[0])) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(INTERPRETER_FRAME);
            }
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            return null; // not exported to us, or the target would not dump: unknown
        }
    }
}
