package dev.gilspy.bench;

import dev.gilspy.interp.Embedded;
import dev.gilspy.interp.gil.GilMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// the JVM options of the gilspy launcher, so the figures are those of `gilspy run`
@Fork(value = 1, jvmArgsAppend = {"-Xss64m", "-XX:+UseSerialGC", "-Xmn24m", "-XX:MaxTenuringThreshold=2",
    "-XX:+UseCondCardMark", "-XX:MaxRecursiveInlineLevel=0"})
public class HotPaths {
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

    @Setup(Level.Trial)
    public void setUp() {
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
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        py.close();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object emptyLoop() {
        return empty.call(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object attributeRead() {
        return attr.call(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object methodCall() {
        return method.call(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object dictLookup() {
        return dict.call(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object classAttributeRead() {
        return classAttr.call(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object propertyRead() {
        return property.call(N);
    }
}
