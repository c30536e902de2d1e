package dev.gilspy.bench;

import dev.gilspy.interp.Embedded;
import dev.gilspy.interp.gil.GilMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The interpreter's three hottest paths, each a Python loop ({@code hot_paths.py} beside this class)
 * compiled once in {@link #setUp} and run
 * {@link #N} times per benchmark invocation through {@link Embedded.Function#call} (which takes and
 * drops the GIL once per call, as {@code PyGILState_Ensure} does). Scores are nanoseconds per loop
 * iteration; {@link #emptyLoop} is the loop alone, to subtract.
 *
 * <ul>
 *   <li>{@link #attributeRead}: {@code p.x} on an instance (the shape / AttrSite cache).</li>
 *   <li>{@link #methodCall}: {@code c.add(i)}, a Python method with one positional argument.</li>
 *   <li>{@link #dictLookup}: {@code d[k]} with str keys.</li>
 *   <li>{@link #classAttributeRead}: {@code s.SIDES}, a class constant read through an instance
 *       (the site's class-side cache, keyed by the type's version).</li>
 *   <li>{@link #propertyRead}: {@code s.width}, a property whose getter is a Python function.</li>
 *   <li>{@link #globalRead}: {@code G}, a module global read in a function (the global's cache, keyed
 *       by the module dict's version).</li>
 *   <li>{@link #builtinLen}: {@code len(s)} on a str, a builtin called by name (a builtins lookup and a
 *       call with one argument).</li>
 *   <li>{@link #defaultArgCall}: {@code f(i)} for {@code def f(k, step=1)}, a Python function whose
 *       second argument comes from its default.</li>
 * </ul>
 *
 * <p>Every fork runs with the {@code gilspy} launcher's JVM options (the repository's
 * {@code jvm.options}), which {@link Main}, the jar's main class, adds; {@link #setUp} refuses to run
 * without them, so no figure comes from a JVM that {@code gilspy run} would not start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2) // with the launcher's JVM options: see Main
public class HotPaths {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Loop iterations per benchmark invocation. */
    static final int N = 100_000;

    /** The Python loops: a resource shared with CPython (run it with python3 for CPython's figures). */
    static final String RESOURCE = "hot_paths.py";

    private Embedded py;
    private Embedded.Function empty;
    private Embedded.Function attr;
    private Embedded.Function method;
    private Embedded.Function dict;
    private Embedded.Function classAttr;
    private Embedded.Function property;
    private Embedded.Function global;
    private Embedded.Function len;
    private Embedded.Function defaultArg;

    @Setup(Level.Trial)
    public void setUp() {
        List<String> missing = new ArrayList<>(Main.launcherOptions());
        missing.removeAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("this fork lacks the gilspy launcher's JVM options " + missing
                + ": run the jar's main class (dev.gilspy.bench.Main), not org.openjdk.jmh.Main");
        }
        // which interpreter this fork runs (bench/jmh/before-after puts an older build's jar first)
        System.out.println("interpreter: " + Embedded.class.getProtectionDomain().getCodeSource().getLocation());
        String source;
        try (InputStream in = HotPaths.class.getResourceAsStream(RESOURCE)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        py = Embedded.create(GilMode.ON);
        py.set("UNDER_JMH", true);
        py.exec(source, RESOURCE);
        empty = py.function("run_empty");
        attr = py.function("run_attr");
        method = py.function("run_method");
        dict = py.function("run_dict");
        classAttr = py.function("run_class_attr");
        property = py.function("run_property");
        global = py.function("run_global");
        len = py.function("run_len");
        defaultArg = py.function("run_default_arg");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        py.close();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object emptyLoop(Cpu cpu) {
        return cpu.time(empty);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object attributeRead(Cpu cpu) {
        return cpu.time(attr);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object methodCall(Cpu cpu) {
        return cpu.time(method);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object dictLookup(Cpu cpu) {
        return cpu.time(dict);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object classAttributeRead(Cpu cpu) {
        return cpu.time(classAttr);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object propertyRead(Cpu cpu) {
        return cpu.time(property);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object globalRead(Cpu cpu) {
        return cpu.time(global);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object builtinLen(Cpu cpu) {
        return cpu.time(len);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object defaultArgCall(Cpu cpu) {
        return cpu.time(defaultArg);
    }

    /**
     * The benchmark thread's CPU time per loop iteration, beside JMH's wall time: on a loaded machine
     * the wall time counts the time the thread waited for a core, this does not (nor a collection's,
     * which runs on the VM thread). JMH reports it as the secondary result {@code cpuNsPerOp}.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        private long nanos;
        private long ops;

        @Setup(Level.Iteration)
        public void reset() {
            nanos = 0;
            ops = 0;
        }

        /** CPU nanoseconds per loop iteration in this measurement iteration so far. */
        public double cpuNsPerOp() {
            return ops == 0 ? 0 : (double) nanos / ops;
        }

        Object time(Embedded.Function loop) {
            long start = THREADS.getCurrentThreadCpuTime();
            Object result = loop.call(N);
            nanos += THREADS.getCurrentThreadCpuTime() - start;
            ops += N;
            return result;
        }
    }
}
