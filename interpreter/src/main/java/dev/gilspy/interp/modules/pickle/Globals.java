package dev.gilspy.interp.modules.pickle;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.nio.charset.StandardCharsets;

/** Objects pickled by reference (module and qualified name), and {@code find_class} that finds them again. */
final class Globals {
    private Globals() {}

    static PyModule copyreg(PyThread t) {
        return t.interp.importModule(t, "copyreg");
    }

    static Object sysModules(PyThread t) {
        return t.interp.importModule(t, "sys").get("modules");
    }

    /** {@code PyImport_Import} then {@code sys.modules[name]}. */
    static Object importModule(PyThread t, String name) {
        Object mods = sysModules(t);
        Object m = mods instanceof PyDict d ? d.get(name) : null;
        if (m != null && m != PyNone.NONE) {
            return m;
        }
        Object imp = t.interp.importModule(t, "builtins").get("__import__");
        Ops.call(t, imp, new Object[] {name}, null);
        return Ops.getitem(sysModules(t), name);
    }

    static String[] dottedPath(String name, Object obj) {
        String[] parts = name.split("\\.", -1);
        for (String part : parts) {
            if (part.equals("<locals>")) {
                if (obj == null) {
                    throw Err.attr("Can't pickle local object " + StrRepr.repr(name));
                }
                throw Err.attr("Can't pickle local attribute " + StrRepr.repr(name) + " on " + StrRepr.repr(obj));
            }
        }
        return parts;
    }

    /** {@code get_deep_attribute}; {@code parent[0]} receives the object holding the last name. */
    static Object deepAttribute(Object obj, String[] path, Object[] parent) {
        Object o = obj;
        for (String part : path) {
            if (parent != null) {
                parent[0] = o;
            }
            o = Ops.getattr(o, part);
        }
        return o;
    }

    static String whichModule(PyThread t, Object global, String[] path) {
        Object m = Ops.getattrOrNull(global, "__module__");
        if (m != null && m != PyNone.NONE) {
            String s = m instanceof String ms ? ms : StrRepr.str(m);
            // CPython interns a static type's dotted module name (typeobject.c type_module), so the memo shares
            // it (collections.OrderedDict then collections.deque, datetime.datetime then datetime.timezone); a
            // structseq type's __module__ is its own string, and "builtins" is kept apart from functions' one
            return global instanceof PyType pt && pt.builtin
                && (Ops.getattrOrNull(pt, "n_sequence_fields") != null || s.equals("builtins")) ? new String(s) : s;
        }
        Object mods = sysModules(t);
        if (mods instanceof PyDict d) {
            for (var en : d.entries()) {
                String name = en.getKey() instanceof String s ? s : null;
                if (name == null || name.equals("__main__") || name.equals("__mp_main__") || !(en.getValue() instanceof PyModule)) {
                    continue;
                }
                try {
                    if (deepAttribute(en.getValue(), path, null) == global) {
                        return name;
                    }
                } catch (PyException e) {
                    // not there
                }
            }
        }
        return "__main__";
    }

    /** {@code save_global}: GLOBAL, STACK_GLOBAL, an extension code, or {@code getattr} for a nested name below protocol 4. */
    static void save(Saver s, PicklerObj p, PyThread t, Object obj, String name) {
        String globalName = name;
        if (globalName == null) {
            Object q = Ops.getattrOrNull(obj, "__qualname__");
            if (q == null) {
                q = Ops.getattr(obj, "__name__");
            }
            globalName = StrRepr.str(q);
            if (obj instanceof PyType pt && pt.builtin) {
                globalName = new String(globalName);
            }
        }
        String[] path = dottedPath(globalName, null);
        String moduleName = whichModule(t, obj, path);
        Object module;
        try {
            module = importModule(t, moduleName);
        } catch (PyException e) {
            throw Err.make(PickleModule.PicklingError, "Can't pickle " + StrRepr.repr(obj) + ": import of module "
                + StrRepr.repr(moduleName) + " failed");
        }
        Object[] parent = new Object[1];
        Object found;
        try {
            found = deepAttribute(module, path, parent);
        } catch (PyException e) {
            throw Err.make(PickleModule.PicklingError, "Can't pickle " + StrRepr.repr(obj) + ": attribute lookup "
                + globalName + " on " + moduleName + " failed");
        }
        if (found != obj) {
            throw Err.make(PickleModule.PicklingError, "Can't pickle " + StrRepr.repr(obj) + ": it's not the same object as "
                + moduleName + "." + globalName);
        }
        if (p.proto >= 2 && saveExtension(p, t, moduleName, globalName)) {
            return;
        }
        if (parent[0] == module) {
            globalName = path[path.length - 1]; // a dotted name that leads back to the module (pickle.py's lastname)
        }
        if (p.proto >= 4) {
            s.save(moduleName, false);
            s.save(globalName, false);
            p.op(Op.STACK_GLOBAL);
        } else if (parent[0] != module) {
            Object getattr = t.interp.importModule(t, "builtins").get("getattr");
            s.saveReduce(PyTuple.of(getattr, PyTuple.of(parent[0], path[path.length - 1])), null);
        } else {
            String mod = moduleName;
            String nm = globalName;
            if (p.proto < 3 && p.fixImports) {
                PyModule compat = t.interp.importModule(t, "_compat_pickle");
                Object key = PyTuple.of(mod, nm);
                Object mapped = ((PyDict) compat.get("REVERSE_NAME_MAPPING")).get(key);
                if (mapped instanceof PyTuple mt) {
                    mod = (String) mt.items[0];
                    nm = (String) mt.items[1];
                } else {
                    Object mm = ((PyDict) compat.get("REVERSE_IMPORT_MAPPING")).get(mod);
                    if (mm instanceof String ms) {
                        mod = ms;
                    }
                }
            }
            p.op(Op.GLOBAL);
            if (p.proto >= 3) {
                p.raw(Utf8.encode(mod + "\n" + nm + "\n"));
            } else {
                String both = mod + "\n" + nm + "\n";
                for (int i = 0; i < both.length(); i++) {
                    if (both.charAt(i) >= 0x80) {
                        throw Err.make(PickleModule.PicklingError, "can't pickle global identifier '" + moduleName + "."
                            + globalName + "' using pickle protocol " + p.proto);
                    }
                }
                p.raw(both.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        s.memoPut(obj);
    }

    private static boolean saveExtension(PicklerObj p, PyThread t, String module, String name) {
        Object reg = copyreg(t).get("_extension_registry");
        if (!(reg instanceof PyDict d) || d.size() == 0) {
            return false;
        }
        Object code = d.get(PyTuple.of(module, name));
        if (code == null) {
            return false;
        }
        long c = Ops.toLong(code);
        if (c <= 0 || c > 0x7fffffffL) {
            throw Err.make(PickleModule.PicklingError, "Can't pickle " + module + "." + name + ": extension code " + c + " is out of range");
        }
        if (c <= 0xff) {
            p.op(Op.EXT1, (int) c);
        } else if (c <= 0xffff) {
            p.op(Op.EXT2, (int) c & 0xff);
            p.raw(new byte[] {(byte) (c >> 8)});
        } else {
            p.opInt(Op.EXT4, (int) c);
        }
        return true;
    }

    /** The Unpickler's default {@code find_class}. */
    static Object findClass(PyThread t, int proto, boolean fixImports, String module, String name) {
        if (proto < 3 && fixImports) {
            PyModule compat = t.interp.importModule(t, "_compat_pickle");
            Object mapped = ((PyDict) compat.get("NAME_MAPPING")).get(PyTuple.of(module, name));
            if (mapped instanceof PyTuple mt) {
                module = (String) mt.items[0];
                name = (String) mt.items[1];
            } else {
                Object mm = ((PyDict) compat.get("IMPORT_MAPPING")).get(module);
                if (mm instanceof String ms) {
                    module = ms;
                }
            }
        }
        Object mod = importModule(t, module);
        try {
            if (proto >= 4) {
                return deepAttribute(mod, dottedPathForLoad(name, mod), null);
            }
            return Ops.getattr(mod, name);
        } catch (PyException e) {
            if (Err.matches(e, Types.AttributeError)) {
                throw Err.attr("Can't get attribute " + StrRepr.repr(name) + " on " + StrRepr.repr(mod));
            }
            throw e;
        }
    }

    private static String[] dottedPathForLoad(String name, Object mod) {
        String[] parts = name.split("\\.", -1);
        for (String part : parts) {
            if (part.equals("<locals>")) {
                throw Err.attr("Can't get local attribute " + StrRepr.repr(name) + " on " + StrRepr.repr(mod));
            }
        }
        return parts;
    }
}
