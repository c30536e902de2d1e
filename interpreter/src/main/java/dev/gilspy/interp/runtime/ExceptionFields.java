package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The member fields of the built-in exceptions, as {@code Objects/exceptions.c} declares them:
 * the checked setters of {@code __cause__}, {@code __context__} and {@code __traceback__}
 * ({@code BaseException_getset}), which may not be deleted, and the keyword-only fields of
 * {@code ImportError} (name, path), {@code AttributeError} (name, obj) and {@code NameError} (name),
 * which their {@code __init__} resets to None when not given.
 */
final class ExceptionFields {
    private ExceptionFields() {}

    static void install() {
        keywordInit(Types.ImportError, "name", "path");
        keywordInit(Types.AttributeError, "name", "obj");
        keywordInit(Types.NameError, "name");
    }

    /** The keywords {@code type(...)} accepts: those of the nearest of the three classes above, else none. */
    static Set<String> keywords(PyType type) {
        if (type.isSubtypeOf(Types.ImportError)) {
            return Set.of("name", "path");
        }
        if (type.isSubtypeOf(Types.AttributeError)) {
            return Set.of("name", "obj");
        }
        if (type.isSubtypeOf(Types.NameError)) {
            return Set.of("name");
        }
        return Set.of();
    }

    /** BaseException_new/_init and the keyword parsing of ImportError_init (and its 3.10 kin). */
    static void initFields(PyBaseException e, PyType type, Object[] args, String[] kw) {
        Set<String> allowed = keywords(type);
        if (kw != null && kw.length > 0) {
            for (String k : kw) {
                if (allowed.isEmpty()) {
                    throw Err.type(type.name + "() takes no keyword arguments");
                }
                if (!allowed.contains(k)) {
                    throw Err.type("'" + k + "' is an invalid keyword argument for " + type.name + "()");
                }
            }
        }
        for (String f : allowed) {
            Object v = BuiltinArgs.kw(args, kw, f);
            if (v != null) {
                e.putDictAttr(f, v);
            } else {
                e.removeDictAttr(f); // NULL in CPython: reads as None, and PyObject_GetAttr may fill it in
            }
        }
    }

    private static void keywordInit(PyType type, String... fields) {
        def(type, "__init__", (t, a, k) -> {
            if (a[0] instanceof PyBaseException e) {
                e.args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, BuiltinArgs.npos(a, k)));
                initFields(e, type, a, k);
            }
            return PyNone.NONE;
        });
    }

    /**
     * set_attribute_error_context (Objects/object.c): an AttributeError that a class's own
     * {@code __getattr__} or {@code __getattribute__} raised, without name and obj, gets them.
     */
    static PyException withContext(PyException ex, Object obj, String name) {
        PyBaseException e = ex.exc;
        if (e.type().isSubtypeOf(Types.AttributeError) && e.getDictAttr("name") == null && e.getDictAttr("obj") == null) {
            e.putDictAttr("name", name);
            e.putDictAttr("obj", obj);
        }
        return ex;
    }

    /** Sets a field CPython keeps in the C struct; false when {@code name} is an ordinary attribute. */
    static boolean set(PyBaseException e, String name, Object v) {
        switch (name) {
            case "__cause__" -> {
                e.cause = checkedLink(v, "cause");
                e.suppressContext = true;
            }
            case "__context__" -> e.context = checkedLink(v, "context");
            case "__suppress_context__" -> e.suppressContext = Ops.truthy(v);
            case "args" -> e.args = new PyTuple(Ops.toArray(v));
            case "__traceback__" -> setTraceback(e, v);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** {@code del e.__cause__} and kin: CPython's setters refuse NULL. */
    static boolean refuseDelete(PyBaseException e, String name) {
        switch (name) {
            case "__cause__", "__context__", "__traceback__", "args" -> throw Err.type(name + " may not be deleted");
            case "__dict__" -> throw Err.type("cannot delete __dict__"); // BaseException's getset: PyObject_GenericSetDict
            default -> {
                return false;
            }
        }
    }

    private static PyBaseException checkedLink(Object v, String what) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBaseException b) {
            return b;
        }
        throw Err.type("exception " + what + " must be None or derive from BaseException");
    }

    /** {@code e.__traceback__ = tb} and {@code with_traceback(tb)}: e's entries become tb's chain. */
    static void setTraceback(PyBaseException e, Object v) {
        if (v == PyNone.NONE) {
            e.tb.clear();
            e.tbObj = null;
            return;
        }
        if (!(v instanceof Traceback.TbObj head)) {
            throw Err.type("__traceback__ must be a traceback or None");
        }
        List<PyBaseException.TbEntry> chain = new ArrayList<>();
        for (Object o = head; o instanceof Traceback.TbObj tb; o = tb.getAttr("tb_next")) {
            chain.add(tb.entry());
        }
        e.tb.clear();
        for (int i = chain.size() - 1; i >= 0; i--) {
            e.tb.add(chain.get(i));
        }
        e.tbLast = null;
        e.tbObj = head;
        e.tbObjSize = e.tb.size();
    }
}
