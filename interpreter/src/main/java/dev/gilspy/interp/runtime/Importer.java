package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.ThreadState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The import system of one interpreter: CPython's {@code importlib._bootstrap} semantics written in
 * Java (name resolution for relative imports, {@code sys.meta_path}, packages and {@code __path__},
 * the module attributes {@code __spec__}/{@code __loader__}/{@code __package__}, partially
 * initialised modules visible in {@code sys.modules} during a circular import, {@code from pkg import
 * submodule}).
 *
 * <p>Where modules are found, in order: the Java modules ({@link Host#builtinModule}), then for a
 * top-level name every {@code sys.path} entry followed by the two shipped library roots; for
 * {@code a.b} the entries of {@code a.__path__}. The shipped library lives in the jar; its modules
 * get pseudo paths (documented in {@code interpreter/README.md}): gilspy's own modules
 * {@code <gilspy>/lib/gilspy/NAME.py}, CPython 3.11's {@code Lib/} {@code <gilspy>/lib/python3.11/NAME.py}.
 * A package's {@code __path__} holds such a pseudo directory; the finders map it back to the jar.
 *
 * <p>The Python-level objects (ModuleSpec, the loaders, the finders on {@code sys.meta_path}) are in
 * gilspy's {@code _gilspy_bootstrap.py}, loaded the first time a module is imported.
 */
public final class Importer {
    /** Pseudo directory of gilspy's own modules ({@code src/main/resources/dev/gilspy/interp/lib}). */
    public static final String GILSPY_LIB = "<gilspy>/lib/gilspy";
    /** Pseudo directory of CPython's {@code Lib/} (unpacked into the jar at build time). */
    public static final String CPYTHON_LIB = "<gilspy>/lib/python3.11";
    private static final String[][] ROOTS = {
        {GILSPY_LIB, "/dev/gilspy/interp/lib"}, {CPYTHON_LIB, "/dev/gilspy/interp/cpython"}};
    private static final String BOOTSTRAP = "_gilspy_bootstrap";

    static {
        // module(name, doc=None): what importlib.util.module_from_spec and types.ModuleType call
        Types.MODULE.ctor = (t, cls, a, k) -> {
            Object n = BuiltinArgs.get(a, k, 0, "name", null);
            if (!(n instanceof String name)) {
                throw Err.type("module.__init__() argument 'name' must be str");
            }
            PyModule m = new PyModule(name);
            m.put("__doc__", BuiltinArgs.get(a, k, 1, "doc", PyNone.NONE));
            m.put("__package__", PyNone.NONE);
            m.put("__loader__", PyNone.NONE);
            m.put("__spec__", PyNone.NONE);
            return m;
        };
    }

    private final InterpreterState interp;
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<String> initializing = ConcurrentHashMap.newKeySet();
    private PyModule bootstrap;

    Importer(InterpreterState interp) {
        this.interp = interp;
    }

    /** Where a module was found: its file (real or pseudo), whether it is a package, its kind. */
    public record Found(String origin, boolean pkg, String kind, List<String> locations) {
        Found(String origin, boolean pkg, String kind) {
            this(origin, pkg, kind, null);
        }
    }

    // ------------------------------------------------------------------ the statements

    /**
     * {@code __import__(name, globals, locals, fromlist, level)}: imports and returns the top
     * package for a plain import, the module itself when {@code fromlist} is non-empty.
     */
    public Object importName(PyThread t, String name, PyModule globals, Object[] fromlist, int level) {
        if (level < 0) {
            throw Err.value("level must be >= 0");
        }
        if (level == 0 && name.isEmpty()) {
            throw Err.value("Empty module name");
        }
        String abs = level > 0 ? resolveName(name, packageOf(globals), level) : name;
        Object m = importObject(t, abs);
        if (fromlist == null || fromlist.length == 0) {
            int dot = name.indexOf('.');
            if (level == 0) {
                return dot < 0 ? m : importObject(t, name.substring(0, dot));
            }
            if (name.isEmpty()) {
                return m;
            }
            int cutOff = name.length() - (dot < 0 ? name.length() : dot);
            return importObject(t, abs.substring(0, abs.length() - cutOff));
        }
        handleFromlist(t, m, fromlist);
        return m;
    }

    /**
     * {@code builtins.__import__} when a program replaced it (import hooks do), else null: the import
     * statements then call it, as CPython's {@code IMPORT_NAME} does.
     */
    public Object importHook() {
        Object hook = interp.builtins.get("__import__");
        return hook == null || hook instanceof PyBuiltin ? null : hook;
    }

    /** Calls a replaced {@code __import__} the way the import statements do. */
    public Object callHook(PyThread t, Object hook, String name, PyModule globals, Object fromlist, int level) {
        Object g = Attr.get(globals, "__dict__");
        return Ops.call(t, hook, new Object[] {name, g, g, fromlist, (long) level}, null);
    }

    /** The builtin {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}. */
    public Object importBuiltin(PyThread t, Object[] a, String[] k) {
        Object n = BuiltinArgs.get(a, k, 0, "name", null);
        if (n == null) {
            throw Err.type("__import__() missing required argument 'name' (pos 1)");
        }
        if (!(n instanceof String name)) {
            throw Err.type("module name must be str, not " + Ops.typeName(n));
        }
        Object g = BuiltinArgs.get(a, k, 1, "globals", PyNone.NONE);
        Object fl = BuiltinArgs.get(a, k, 3, "fromlist", PyNone.NONE);
        int level = (int) Ops.toLong(BuiltinArgs.get(a, k, 4, "level", 0L));
        PyModule globals = null;
        if (g instanceof PyModule gm) {
            globals = gm;
        } else if (g instanceof PyDict d) {
            globals = new PyModule("?");
            globals.cells.remove("__name__");
            for (String key : new String[] {"__name__", "__package__", "__spec__", "__path__"}) {
                Object v = d.get(key);
                if (v != null) {
                    globals.put(key, v);
                }
            }
        } else if (g != PyNone.NONE && level > 0) {
            throw Err.type("globals must be a dict");
        }
        if (level > 0 && globals == null) {
            throw importError("attempted relative import with no known parent package", null, null);
        }
        Object[] fromlist = fl == PyNone.NONE ? null : Ops.toArray(fl);
        return importName(t, name, globals, fromlist, level);
    }

    /** The package a relative import in {@code globals} is relative to: {@code __package__}, {@code __spec__.parent}, or derived from {@code __name__}. */
    public String packageOf(PyModule globals) {
        Object pkg = globals == null ? null : globals.get("__package__");
        if (pkg instanceof String s) {
            return s;
        }
        if (pkg != null && pkg != PyNone.NONE) {
            throw Err.type("package must be a string");
        }
        Object spec = globals == null ? null : globals.get("__spec__");
        if (spec != null && spec != PyNone.NONE) {
            Object parent = Ops.getattrOrNull(spec, "parent");
            if (parent instanceof String s) {
                return s;
            }
        }
        Object n = globals == null ? null : globals.get("__name__");
        if (!(n instanceof String name)) {
            throw Err.make(Types.get("KeyError"), "'__name__' not in globals");
        }
        if (globals.get("__path__") != null) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** {@code importlib._bootstrap._resolve_name} with its sanity checks. */
    public static String resolveName(String name, String pkg, int level) {
        if (pkg == null || pkg.isEmpty()) {
            throw importError("attempted relative import with no known parent package", null, null);
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw importError("attempted relative import beyond top-level package", null, null);
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /**
     * What {@code sys.modules[name]} holds once {@code m} is imported: {@code m}, or the object a module
     * put there in its place while it ran ({@code sys.modules[__name__] = obj}).
     */
    public Object moduleObject(String name, PyModule m) {
        if (interp.sys.get("modules") instanceof PyDict sm) {
            Object v = sm.get(name);
            if (v != null && !(v instanceof PyModule) && v != PyNone.NONE) {
                return v;
            }
        }
        return m;
    }

    /** Imports {@code name} and returns what {@code sys.modules} holds for it (usually the module). */
    public Object importObject(PyThread t, String name) {
        return moduleObject(name, importModule(t, name));
    }

    private static String nameOf(Object m) {
        return m instanceof PyModule pm ? pm.name : Ops.getattrOrNull(m, "__name__") instanceof String s ? s : "?";
    }

    /** Imports the submodules a {@code from pkg import a, b} names that are not attributes yet. */
    public void handleFromlist(PyThread t, Object m, Object[] fromlist) {
        if (Ops.getattrOrNull(m, "__path__") == null) {
            return;
        }
        String mname = nameOf(m);
        for (Object o : fromlist) {
            if (!(o instanceof String x)) {
                throw Err.type("Item in " + mname + ".__all__ must be str, not " + Ops.typeName(o));
            }
            if (x.equals("*")) {
                Object all = Ops.getattrOrNull(m, "__all__");
                if (all != null) {
                    handleFromlist(t, m, Ops.toArray(all));
                }
                continue;
            }
            if (Ops.getattrOrNull(m, x) == null) {
                String sub = mname + "." + x;
                try {
                    importModule(t, sub);
                } catch (PyException e) {
                    if (!(e.exc.type() == Types.get("ModuleNotFoundError") && sub.equals(e.exc.getDictAttr("name"))
                        && interp.modules.get(sub) == null)) {
                        throw e;
                    }
                }
            }
        }
    }

    /** {@code from m import name}: the attribute, else the submodule in {@code sys.modules}, else CPython's ImportError. */
    public Object importFrom(Object m, String name) {
        Object v = Ops.getattrOrNull(m, name);
        if (v != null) {
            return v;
        }
        String mname = nameOf(m);
        PyModule sub = interp.modules.get(mname + "." + name);
        if (sub != null) {
            return moduleObject(mname + "." + name, sub);
        }
        Object file = Ops.getattrOrNull(m, "__file__");
        String where = file instanceof String s ? s : "unknown location";
        String msg = initializing.contains(mname)
            ? "cannot import name '" + name + "' from partially initialized module '" + mname
                + "' (most likely due to a circular import) (" + where + ")"
            : "cannot import name '" + name + "' from '" + mname + "' (" + where + ")";
        throw importError(msg, mname, file instanceof String s ? s : null);
    }

    /** {@code from m import *}: {@code __all__}, or every public global. */
    public void importStar(PyThread t, Object m, PyModule into) {
        Object all = Ops.getattrOrNull(m, "__all__");
        if (all != null) {
            Object[] names = Ops.toArray(all);
            handleFromlist(t, m, names);
            for (Object n : names) {
                if (!(n instanceof String s)) {
                    throw Err.type("Item in " + nameOf(m) + ".__all__ must be str, not " + Ops.typeName(n));
                }
                into.put(s, Ops.getattr(m, s));
            }
            return;
        }
        if (m instanceof PyModule pm) {
            for (var e : new ArrayList<>(pm.cells.entrySet())) {
                if (!e.getKey().startsWith("_") && e.getValue().value != null) {
                    into.put(e.getKey(), e.getValue().value);
                }
            }
            return;
        }
        Object d = Ops.getattrOrNull(m, "__dict__");
        if (!(d instanceof PyDict dict)) {
            throw importError("from-import-* object has no __dict__ and no __all__", null, null);
        }
        for (Object k : dict.keysArray()) {
            if (k instanceof String s && !s.startsWith("_")) {
                into.put(s, dict.get(k));
            }
        }
    }

    static PyException importError(String msg, String name, String path) {
        PyException e = Err.make(Types.ImportError, msg);
        e.exc.putDictAttr("name", name == null ? PyNone.NONE : name);
        e.exc.putDictAttr("path", path == null ? PyNone.NONE : path);
        return e;
    }

    static PyException notFound(String msg, String name) {
        PyException nf = Err.make(Types.get("ModuleNotFoundError"), msg);
        nf.exc.putDictAttr("name", name);
        nf.exc.putDictAttr("path", PyNone.NONE);
        return nf;
    }

    // ------------------------------------------------------------------ finding and loading

    /** Imports the module {@code name} (absolute, dotted) and returns it (not its top package). */
    public PyModule importModule(PyThread t, String name) {
        PyModule m = interp.modules.get(name);
        if (m != null && !initializing.contains(name)) {
            return m;
        }
        // The import lock is taken without holding the GIL when it is contended: a thread that holds
        // it may be blocked in Python code (sleep, lock wait) waiting for the GIL we would hold.
        if (!lock.tryLock()) {
            t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            try {
                lock.lock();
            } finally {
                t.ts.endAllowThreads();
            }
        }
        try {
            m = interp.modules.get(name);
            if (m != null) {
                return m; // ours (a circular import) or finished by another thread while we waited
            }
            if (interp.sys.get("modules") instanceof PyDict sm && sm.containsKey(name) && sm.get(name) == PyNone.NONE) {
                throw notFound("import of " + name + " halted; None in sys.modules", name);
            }
            ImportTimer timer = interp.importTimer;
            return timer == null ? findAndLoad(t, name) : timer.time(name, () -> findAndLoad(t, name));
        } finally {
            lock.unlock();
        }
    }

    private PyModule findAndLoad(PyThread t, String name) {
        int dot = name.lastIndexOf('.');
        PyModule parent = null;
        List<String> path = null;
        if (dot > 0) {
            parent = importModule(t, name.substring(0, dot));
            PyModule m = interp.modules.get(name);
            if (m != null) {
                return m;
            }
            Object p = parent.get("__path__");
            if (p == null) {
                m = builtin(t, name);
                if (m != null) {
                    return m;
                }
                throw notFound("No module named '" + name + "'; '" + parent.name + "' is not a package", name);
            }
            path = strings(p);
        }
        PyModule m = null;
        Object metaPath = interp.sys.get("meta_path");
        if (bootstrap == null || !(metaPath instanceof PyList mp)) {
            m = builtin(t, name);
            if (m == null) {
                m = findAndLoad(t, name, path);
            }
        } else {
            for (Object finder : mp.toArray()) {
                if (finder == bootstrap.get("BuiltinImporter")) {
                    m = builtin(t, name);
                } else if (finder == bootstrap.get("PathFinder")) {
                    m = findAndLoad(t, name, path);
                } else {
                    Object fs = Ops.getattrOrNull(finder, "find_spec");
                    if (fs == null) {
                        continue;
                    }
                    Object spec = Ops.call(t, fs, new Object[] {name, path == null ? PyNone.NONE : parent.get("__path__"), PyNone.NONE}, null);
                    if (spec != PyNone.NONE) {
                        m = loadSpec(t, name, spec);
                    }
                }
                if (m != null) {
                    break;
                }
            }
        }
        if (m == null) {
            throw notFound("No module named '" + name + "'", name);
        }
        if (parent != null) {
            parent.put(name.substring(dot + 1), moduleObject(name, m));
        }
        return m;
    }

    private PyModule loadSpec(PyThread t, String name, Object spec) {
        Object r = Ops.call(t, bootstrapModule(t).get("_load_spec"), new Object[] {spec}, null);
        PyModule m = interp.modules.get(name);
        if (m == null && r instanceof PyModule pm) {
            m = pm;
        }
        return m;
    }

    private PyModule builtin(PyThread t, String name) {
        PyModule m = interp.host.builtinModule(interp, name);
        if (m == null) {
            return null;
        }
        m.builtin = true;
        interp.modules.put(name, m);
        setSpec(t, m, name, null, false, "builtin");
        return m;
    }

    private static List<String> strings(Object p) {
        List<String> out = new ArrayList<>();
        if (p instanceof PyList l) {
            for (Object o : l.toArray()) {
                if (o instanceof String s) {
                    out.add(s);
                }
            }
        } else if (p != null && p != PyNone.NONE) {
            for (Object o : Ops.toArray(p)) {
                if (o instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** {@link #find} with zip archives, and the load: a zip entry's module is loaded by CPython's {@code zipimport}. */
    private PyModule findAndLoad(PyThread t, String name, List<String> path) {
        Found f = find(name, path, true);
        if (f == null) {
            return null;
        }
        if (f.kind().equals("zip")) {
            Object spec = ZipEntries.findSpec(t, interp, f.origin(), name);
            return spec == PyNone.NONE ? null : loadSpec(t, name, spec);
        }
        return load(t, name, f);
    }

    /**
     * Finds {@code name} as a source module or package: in {@code path} (a package's
     * {@code __path__}) for a submodule, else on {@code sys.path} and then the shipped library.
     */
    public Found find(String name, List<String> path) {
        return find(name, path, false);
    }

    /**
     * {@link #find}; with {@code zips}, a path entry inside a zip archive (CPython's
     * {@code zipimporter} path hook) that holds the module gives a {@code "zip"} Found whose origin
     * is that entry.
     */
    private Found find(String name, List<String> path, boolean zips) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        List<String> dirs = path;
        if (dirs == null) {
            dirs = strings(interp.sys.get("path"));
            dirs.add(GILSPY_LIB);
            dirs.add(CPYTHON_LIB);
        }
        List<String> namespace = null;
        for (String dir : dirs) {
            String res = resourceDir(dir);
            if (res != null) {
                if (resourceExists(res + "/" + last + "/__init__.py")) {
                    return new Found(dir + "/" + last + "/__init__.py", true, "lib");
                }
                if (resourceExists(res + "/" + last + ".py")) {
                    return new Found(dir + "/" + last + ".py", false, "lib");
                }
                continue;
            }
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            if (zips && ZipEntries.isArchiveEntry(base)) {
                if (ZipEntries.findSpec(PyThread.current(), interp, dir, name) != PyNone.NONE) {
                    return new Found(dir, false, "zip");
                }
                continue;
            }
            Path pkg = base.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(pkg)) {
                return new Found(pkg.toString(), true, "source");
            }
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(file)) {
                return new Found(file.toString(), false, "source");
            }
            if (Files.isDirectory(base.resolve(last))) {
                if (namespace == null) {
                    namespace = new ArrayList<>();
                }
                namespace.add(base.resolve(last).toString());
            }
        }
        return namespace == null ? null : new Found(null, true, "namespace", namespace); // PEP 420
    }

    /**
     * The pseudo path of module {@code name} in the shipped library alone, or null: what the
     * parse-ahead compiles before the import asks. A package's {@code __init__.py} before a module of
     * the same name, gilspy's root before CPython's, as {@link #find} orders them; a submodule in
     * either root, as gilspy's packages that run CPython's ({@code asyncio}, {@code concurrent}) list
     * both directories in their {@code __path__}.
     */
    public static String libraryOrigin(String name) {
        String rel = name.replace('.', '/');
        for (String[] root : ROOTS) {
            if (resourceExists(root[1] + "/" + rel + "/__init__.py")) {
                return root[0] + "/" + rel + "/__init__.py";
            }
            if (resourceExists(root[1] + "/" + rel + ".py")) {
                return root[0] + "/" + rel + ".py";
            }
        }
        return null;
    }

    /** The CPython library's file for gilspy's library file {@code origin} (which may run it), or null. */
    public static String cpythonBeneath(String origin) {
        if (!origin.startsWith(GILSPY_LIB + "/")) {
            return null;
        }
        String rel = origin.substring(GILSPY_LIB.length());
        return resourceExists(ROOTS[1][1] + rel) ? CPYTHON_LIB + rel : null;
    }

    /** The jar resource directory a pseudo library path stands for, or null for a real path. */
    static String resourceDir(String dir) {
        for (String[] r : ROOTS) {
            if (dir.equals(r[0]) || dir.startsWith(r[0] + "/")) {
                return r[1] + dir.substring(r[0].length());
            }
        }
        return null;
    }

    /** The pseudo library path of a jar resource directory or file ({@link #resourceDir}'s inverse), or null. */
    static String pseudoDir(String res) {
        for (String[] r : ROOTS) {
            if (res.equals(r[1]) || res.startsWith(r[1] + "/")) {
                return r[0] + res.substring(r[1].length());
            }
        }
        return null;
    }

    private static boolean resourceExists(String res) {
        LibraryJar jar = LibraryJar.get();
        return jar != null ? jar.exists(res) : Importer.class.getResource(res) != null;
    }

    /**
     * The names in a pseudo library directory (files and subdirectories, sorted), or null when it is
     * not a directory of the shipped library: what the resource readers of jar packages list.
     */
    public static List<String> listLibraryDir(String dir) {
        String res = resourceDir(dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir);
        if (res == null) {
            return null;
        }
        java.net.URL url = Importer.class.getResource(res);
        if (url == null) {
            return null;
        }
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        try {
            if (url.getProtocol().equals("file")) {
                Path p = Path.of(url.toURI());
                if (!Files.isDirectory(p)) {
                    return null;
                }
                try (var st = Files.list(p)) {
                    st.forEach(f -> names.add(f.getFileName().toString()));
                }
            } else if (url.openConnection() instanceof java.net.JarURLConnection jc) {
                String prefix = res.substring(1) + "/";
                var jar = jc.getJarFile();
                var entries = jar.entries();
                boolean any = false;
                while (entries.hasMoreElements()) {
                    String n = entries.nextElement().getName();
                    if (n.startsWith(prefix) && n.length() > prefix.length()) {
                        any = true;
                        String rest = n.substring(prefix.length());
                        int slash = rest.indexOf('/');
                        names.add(slash < 0 ? rest : rest.substring(0, slash));
                    }
                }
                if (!any) {
                    return null;
                }
            } else {
                return null;
            }
        } catch (IOException | java.net.URISyntaxException e) {
            return null;
        }
        return new ArrayList<>(names);
    }

    /**
     * The bytes of a resource of the interpreter's jar ({@code /dev/...}), or null when there is none:
     * through the library jar's index when the classes come from one (the class loader builds and opens
     * a URL for each resource, about 5 ms of a cold start-up for one read), else the class loader.
     */
    public static byte[] readResource(String res) throws IOException {
        LibraryJar jar = LibraryJar.get();
        byte[] data = jar == null ? null : jar.read(res);
        if (data != null) {
            return data;
        }
        try (InputStream in = Importer.class.getResourceAsStream(res)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** The bytes of a module file: a real file, or a pseudo library path read from the jar. */
    /**
     * The bytes of jar resource {@code res} ({@code /dev/...}) through the library jar (a zip lookup, not
     * {@code Class.getResource}'s URL: see {@link LibraryJar}), or null when there is none.
     */
    public static byte[] readLibraryResource(String res) {
        try {
            LibraryJar jar = LibraryJar.get();
            if (jar != null) {
                return jar.read(res);
            }
            try (InputStream in = Importer.class.getResourceAsStream(res)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException e) {
            return null;
        }
    }

    public static byte[] readOrigin(String origin) {
        String res = resourceDir(origin);
        try {
            LibraryJar jar = res == null ? null : LibraryJar.get();
            byte[] data = jar == null ? null : jar.read(res);
            if (data != null) {
                return data;
            }
            if (res != null) {
                try (InputStream in = Importer.class.getResourceAsStream(res)) {
                    if (in == null) {
                        throw Err.make(Types.get("FileNotFoundError"), "[Errno 2] No such file or directory: '" + origin + "'");
                    }
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(origin));
        } catch (IOException e) {
            throw Err.make(Types.OSError, "cannot read " + origin + ": " + e.getMessage());
        }
    }

    private PyModule load(PyThread t, String name, Found f) {
        if (f.origin() == null) {
            return loadNamespace(t, name, f);
        }
        PyModule m = new PyModule(name);
        m.put("__file__", f.origin());
        m.put("__cached__", PyNone.NONE);
        m.put("__builtins__", interp.builtins);
        if (f.pkg()) {
            m.put("__path__", new PyList(new Object[] {f.origin().substring(0, f.origin().length() - "/__init__.py".length())}));
        }
        m.put("__package__", f.pkg() ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        if (!name.equals(BOOTSTRAP)) {
            setSpec(t, m, name, f.origin(), f.pkg(), f.kind());
        } else {
            m.put("__spec__", PyNone.NONE);
            m.put("__loader__", PyNone.NONE);
        }
        interp.modules.put(name, m);
        initializing.add(name);
        try {
            exec(t, m, f.origin());
        } catch (RuntimeException e) {
            interp.modules.remove(name);
            throw e;
        } finally {
            initializing.remove(name);
        }
        PyModule now = interp.modules.get(name);
        return now != null ? now : m;
    }

    /** A namespace package (PEP 420): a directory without {@code __init__.py}; nothing runs. */
    private PyModule loadNamespace(PyThread t, String name, Found f) {
        PyModule m = new PyModule(name);
        m.put("__file__", PyNone.NONE);
        m.put("__path__", new PyList(f.locations().toArray()));
        m.put("__package__", name);
        setSpec(t, m, name, null, true, "namespace");
        interp.modules.put(name, m);
        return m;
    }

    /**
     * The files of the shipped CPython library that name {@code __graalpython__} (GraalPy's edits, see
     * {@link GraalPyShim}); {@code ImporterGraalPyEditsTest} fails when the library changes and this
     * does not. A set, not a search of each source: {@code src.contains} ran over the import line's
     * 2 MB of source on a cold JVM, mostly in the bytecode interpreter (13 of 1,414 main-thread
     * samples, async-profiler, 2 runs at load ~25: about 6 ms a run).
     */
    static final java.util.Set<String> GRAALPY_EDITED = java.util.Set.of("distutils/ccompiler.py",
        "distutils/command/build_ext.py", "importlib/_bootstrap_external.py", "multiprocessing/context.py",
        "multiprocessing/pool.py", "os.py", "venv/__init__.py");

    /** Runs the source at {@code origin} in {@code m}: loading, and {@code importlib.reload}. */
    public void exec(PyThread t, PyModule m, String origin) {
        ImportTimer timer = interp.importTimer;
        long start = timer == null ? 0 : ImportTimer.now();
        boolean library = resourceDir(origin) != null;
        String src = library ? interp.host.librarySource(origin) : null;
        if (src == null) {
            src = InterpreterState.decodeSource(readOrigin(origin), origin);
        }
        if (origin.startsWith(CPYTHON_LIB + "/") && GRAALPY_EDITED.contains(origin.substring(CPYTHON_LIB.length() + 1))
            && m.get("__graalpython__") == null) {
            m.put("__graalpython__", GraalPyShim.create(interp)); // GraalPy's edits name it (GraalPyShim)
        }
        if (timer != null) {
            timer.compiled(ImportTimer.now() - start);
        }
        try {
            if (library) {
                interp.runLibrary(t, src, origin, m);
            } else {
                interp.run(t, src, origin, m);
            }
        } catch (CompileError e) {
            throw new PyException(e.toPython());
        }
    }

    private void setSpec(PyThread t, PyModule m, String name, String origin, boolean pkg, String kind) {
        PyModule b = bootstrapModule(t);
        if (b == null) {
            return; // while the bootstrap itself loads: its _install fills these in
        }
        Object spec = Ops.call(t, b.get("_spec_for"), new Object[] {name, origin == null ? PyNone.NONE : origin, pkg, kind,
            m.get("__path__") == null ? PyNone.NONE : m.get("__path__")}, null);
        m.put("__spec__", spec);
        m.put("__loader__", Ops.getattr(spec, "loader"));
        if (m.get("__package__") == null || m.get("__package__") == PyNone.NONE) {
            m.put("__package__", Ops.getattr(spec, "parent"));
        }
    }

    /** {@code gilspy -m NAME}: finds the module (a package's {@code __main__}) and runs it in {@code main}. */
    public Object runModuleAsMain(PyThread t, String name, PyModule main) {
        return Ops.call(t, bootstrapModule(t).get("_run_module_as_main"), new Object[] {name, main}, null);
    }

    /** gilspy's {@code _gilspy_bootstrap}: ModuleSpec, the loaders and finders; loaded once, on first use. */
    public PyModule bootstrapModule(PyThread t) {
        if (bootstrap == null) {
            if (initializing.contains(BOOTSTRAP)) {
                return null;
            }
            PyModule b = interp.modules.get(BOOTSTRAP);
            if (b == null) {
                b = load(t, BOOTSTRAP, new Found(GILSPY_LIB + "/" + BOOTSTRAP + ".py", false, "lib"));
            }
            bootstrap = b;
            Ops.call(t, b.get("_install"), new Object[] {interp.sys}, null);
            for (var e : interp.modules.entrySet()) {
                Object spec = e.getValue().get("__spec__");
                if ((spec == null || spec == PyNone.NONE) && !e.getKey().equals("__main__") && !e.getKey().equals(BOOTSTRAP)
                    && interp.sys.get("builtin_module_names") instanceof PyTuple names
                    && java.util.Arrays.asList(names.items).contains(e.getKey())) {
                    setSpec(t, e.getValue(), e.getKey(), null, false, "builtin");
                }
            }
        }
        return bootstrap;
    }
}
