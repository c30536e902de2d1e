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

    private InterpreterProbe() {}

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
