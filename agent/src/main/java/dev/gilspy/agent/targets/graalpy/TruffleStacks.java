package dev.gilspy.agent.targets.graalpy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Captures the calling thread's Python stack through Truffle's {@code TruffleRuntime.iterateFrames},
 * resolved by name against GraalPy's class loader (the agent has no compile-time Truffle
 * dependency). Truffle walks only the current thread's frames, so this runs on the GraalPy thread
 * itself, at a GIL take or drop.
 *
 * <p>When Truffle cannot be reached, {@link #capture()} returns the thread's Java frames outside
 * GraalPy, Truffle and the JDK instead, under an outermost marker frame {@link #JAVA_MARKER}, so
 * every stack in the output says that it is not a Python stack.
 */
final class TruffleStacks {
    static final String JAVA_MARKER = "[java stack: GraalPy Python frames unavailable]";
    /** Marks the Java caller of a take or drop made outside Python code, e.g. a host thread entering the context. */
    static final String HOST_MARKER = "[java stack: no Python frame at this GIL take/drop]";
    static final String BUILTIN_FILE = "<builtin>";
    private static final int MAX_DEPTH = 64;

    private final Object runtime;
    private final Method iterateFrames;
    private final Object visitor;
    private final Method getCallTarget;
    private final Class<?> rootCallTarget;
    private final Method getRootNode;
    private final Method rootName;
    private final Method rootInternal;
    private final Method rootSection;
    private final Method sectionSource;
    private final Method sectionStartLine;
    private final Method sourceName;
    private final Class<?> pythonRoot;
    private final Method pythonInternal;
    /** GraalPy's per-frame line: {@code BytecodeFrameInfo.getLine(Frame)} on the frame descriptor's info; null if absent. */
    private final Method getFrame;
    private final Object readOnly;
    private final Method frameDescriptor;
    private final Method descriptorInfo;
    private final Class<?> frameInfo;
    private final Method frameInfoLine;
    private final ThreadLocal<List<Object>> collected = ThreadLocal.withInitial(ArrayList::new);
    /** Why Python stacks are not available, or empty when they are. */
    final String unavailable;

    private TruffleStacks(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> truffle = Class.forName("com.oracle.truffle.api.Truffle", false, loader);
        runtime = truffle.getMethod("getRuntime").invoke(null);
        Class<?> runtimeType = Class.forName("com.oracle.truffle.api.TruffleRuntime", false, loader);
        Class<?> visitorType = Class.forName("com.oracle.truffle.api.frame.FrameInstanceVisitor", false, loader);
        iterateFrames = runtimeType.getMethod("iterateFrames", visitorType);
        Class<?> frameInstance = Class.forName("com.oracle.truffle.api.frame.FrameInstance", false, loader);
        getCallTarget = frameInstance.getMethod("getCallTarget");
        rootCallTarget = Class.forName("com.oracle.truffle.api.RootCallTarget", false, loader);
        getRootNode = rootCallTarget.getMethod("getRootNode");
        Class<?> rootNode = Class.forName("com.oracle.truffle.api.nodes.RootNode", false, loader);
        rootName = rootNode.getMethod("getName");
        rootInternal = rootNode.getMethod("isInternal");
        rootSection = rootNode.getMethod("getSourceSection");
        Class<?> section = Class.forName("com.oracle.truffle.api.source.SourceSection", false, loader);
        sectionSource = section.getMethod("getSource");
        sectionStartLine = section.getMethod("getStartLine");
        sourceName = Class.forName("com.oracle.truffle.api.source.Source", false, loader).getMethod("getName");
        pythonRoot = Class.forName("com.oracle.graal.python.nodes.PRootNode", false, loader);
        pythonInternal = pythonRoot.getMethod("isPythonInternal", rootNode);
        Method gf = null;
        Object ro = null;
        Method fd = null;
        Method di = null;
        Class<?> fi = null;
        Method fl = null;
        try {
            Class<?> access = Class.forName("com.oracle.truffle.api.frame.FrameInstance$FrameAccess", false, loader);
            gf = frameInstance.getMethod("getFrame", access);
            ro = access.getField("READ_ONLY").get(null);
            fd = Class.forName("com.oracle.truffle.api.frame.Frame", false, loader).getMethod("getFrameDescriptor");
            di = Class.forName("com.oracle.truffle.api.frame.FrameDescriptor", false, loader).getMethod("getInfo");
            fi = Class.forName("com.oracle.graal.python.nodes.bytecode.BytecodeFrameInfo", false, loader);
            fl = fi.getMethod("getLine", Class.forName("com.oracle.truffle.api.frame.Frame", false, loader));
        } catch (ReflectiveOperationException e) {
            gf = null; // lines fall back to the function's first line
        }
        getFrame = gf;
        readOnly = ro;
        frameDescriptor = fd;
        descriptorInfo = di;
        frameInfo = fi;
        frameInfoLine = fl;
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("visitFrame")) {
                List<Object> frames = collected.get();
                frames.add(args[0]);
                return frames.size() >= MAX_DEPTH ? Boolean.TRUE : null; // non-null stops the walk
            }
            if (method.getName().equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (method.getName().equals("equals")) {
                return proxy == args[0];
            }
            return "gilspy-frame-visitor";
        };
        visitor = Proxy.newProxyInstance(loader, new Class<?>[] {visitorType}, handler);
        unavailable = "";
    }

    private TruffleStacks(String unavailable) {
        runtime = iterateFrames = getCallTarget = getRootNode = null;
        visitor = readOnly = null;
        getFrame = frameDescriptor = descriptorInfo = frameInfoLine = null;
        rootCallTarget = pythonRoot = frameInfo = null;
        rootName = rootInternal = rootSection = sectionSource = sectionStartLine = sourceName = pythonInternal = null;
        this.unavailable = unavailable;
    }

    static TruffleStacks resolve(ClassLoader loader) {
        try {
            return new TruffleStacks(loader);
        } catch (Throwable t) {
            return new TruffleStacks("cannot reach Truffle frames (" + t + ")");
        }
    }

    boolean pythonStacks() {
        return unavailable.isEmpty();
    }

    /**
     * The calling thread's stack, innermost frame first. Without a Python frame (a host thread
     * entering or leaving the context) it is the Java caller's frames under {@link #HOST_MARKER}.
     */
    GraalPyFrame capture() {
        if (!pythonStacks()) {
            return javaStack(JAVA_MARKER);
        }
        List<Object> frames = collected.get();
        frames.clear();
        try {
            iterateFrames.invoke(runtime, visitor);
            GraalPyFrame head = null;
            GraalPyFrame tail = null;
            for (Object fi : frames) {
                GraalPyFrame f = pythonFrame(fi);
                if (f == null) {
                    continue;
                }
                if (head == null) {
                    head = f;
                } else {
                    tail.back = f;
                }
                tail = f;
            }
            return head != null ? head : javaStack(HOST_MARKER);
        } catch (Throwable t) {
            return javaStack(JAVA_MARKER);
        } finally {
            frames.clear();
        }
    }

    private GraalPyFrame pythonFrame(Object frameInstance) throws ReflectiveOperationException {
        Object target = getCallTarget.invoke(frameInstance);
        if (!rootCallTarget.isInstance(target)) {
            return null;
        }
        Object root = getRootNode.invoke(target);
        if (!pythonRoot.isInstance(root) || (Boolean) rootInternal.invoke(root)
                || (Boolean) pythonInternal.invoke(null, root)) {
            return null;
        }
        String name = String.valueOf(rootName.invoke(root));
        Object section = rootSection.invoke(root);
        String file = BUILTIN_FILE;
        int line = 0;
        if (section != null) {
            file = String.valueOf(sourceName.invoke(sectionSource.invoke(section)));
            line = (Integer) sectionStartLine.invoke(section);
            int current = currentLine(frameInstance);
            if (current > 0) {
                line = current;
            }
        }
        return new GraalPyFrame(root, name, file, line);
    }

    /** The line executing in that frame, from GraalPy's frame info; 0 when it cannot be read. */
    private int currentLine(Object frameInstance) {
        if (getFrame == null) {
            return 0;
        }
        try {
            Object frame = getFrame.invoke(frameInstance, readOnly);
            Object info = frame == null ? null : descriptorInfo.invoke(frameDescriptor.invoke(frame));
            return frameInfo.isInstance(info) ? (Integer) frameInfoLine.invoke(info, frame) : 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    /** The Java frames that are not GraalPy's, Truffle's, the JDK's or the agent's, under a marker frame. */
    static GraalPyFrame javaStack(String marker) {
        GraalPyFrame head = null;
        GraalPyFrame tail = null;
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.") || c.startsWith("com.oracle.")
                    || c.startsWith("org.graalvm.") || c.startsWith("dev.gilspy.agent.")) {
                continue;
            }
            String name = (c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName()).intern();
            GraalPyFrame f = new GraalPyFrame(name, name, String.valueOf(e.getFileName()), Math.max(0, e.getLineNumber()));
            if (head == null) {
                head = f;
            } else {
                tail.back = f;
            }
            tail = f;
        }
        GraalPyFrame outermost = new GraalPyFrame(marker, marker, "gilspy", 0);
        if (tail == null) {
            return outermost;
        }
        tail.back = outermost;
        return head;
    }
}
