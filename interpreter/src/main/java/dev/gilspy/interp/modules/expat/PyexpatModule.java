package dev.gilspy.interp.modules.expat;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code pyexpat} (Modules/pyexpat.c), under CPython's {@code xml.parsers.expat}, {@code xml.etree},
 * {@code xml.sax}, {@code xml.dom.minidom} and {@code plistlib}: {@code ParserCreate},
 * {@code ErrorString}, {@code ExpatError}, the {@code errors} and {@code model} submodules. The
 * parser is gilspy's own incremental tokenizer ({@link XmlScanner}) with expat 2.5.0's error codes,
 * messages and positions.
 */
public final class PyexpatModule {
    private PyexpatModule() {}

    /** expat's messages, by error code less one ({@code XML_ErrorString}). */
    static final String[] MESSAGES = {
        "out of memory",
        "syntax error",
        "no element found",
        "not well-formed (invalid token)",
        "unclosed token",
        "partial character",
        "mismatched tag",
        "duplicate attribute",
        "junk after document element",
        "illegal parameter entity reference",
        "undefined entity",
        "recursive entity reference",
        "asynchronous entity",
        "reference to invalid character number",
        "reference to binary entity",
        "reference to external entity in attribute",
        "XML or text declaration not at start of entity",
        "unknown encoding",
        "encoding specified in XML declaration is incorrect",
        "unclosed CDATA section",
        "error in processing external entity reference",
        "document is not standalone",
        "unexpected parser state - please send a bug report",
        "entity declared in parameter entity",
        "requested feature requires XML_DTD support in Expat",
        "cannot change setting once parsing has begun",
        "unbound prefix",
        "must not undeclare prefix",
        "incomplete markup in parameter entity",
        "XML declaration not well-formed",
        "text declaration not well-formed",
        "illegal character(s) in public id",
        "parser suspended",
        "parser not suspended",
        "parsing aborted",
        "parsing finished",
        "cannot suspend in external parameter entity",
        "reserved prefix (xml) must not be undeclared or bound to another namespace name",
        "reserved prefix (xmlns) must not be declared or undeclared",
        "prefix must not be bound to one of the reserved namespace names",
        "invalid argument",
        "a successful prior call to function XML_GetBuffer is required",
        "limit on input amplification factor (from DTD and entities) breached"
    };

    /** The names of {@code pyexpat.errors}' constants, by error code less one. */
    static final String[] NAMES = {
        "XML_ERROR_NO_MEMORY",
        "XML_ERROR_SYNTAX",
        "XML_ERROR_NO_ELEMENTS",
        "XML_ERROR_INVALID_TOKEN",
        "XML_ERROR_UNCLOSED_TOKEN",
        "XML_ERROR_PARTIAL_CHAR",
        "XML_ERROR_TAG_MISMATCH",
        "XML_ERROR_DUPLICATE_ATTRIBUTE",
        "XML_ERROR_JUNK_AFTER_DOC_ELEMENT",
        "XML_ERROR_PARAM_ENTITY_REF",
        "XML_ERROR_UNDEFINED_ENTITY",
        "XML_ERROR_RECURSIVE_ENTITY_REF",
        "XML_ERROR_ASYNC_ENTITY",
        "XML_ERROR_BAD_CHAR_REF",
        "XML_ERROR_BINARY_ENTITY_REF",
        "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF",
        "XML_ERROR_MISPLACED_XML_PI",
        "XML_ERROR_UNKNOWN_ENCODING",
        "XML_ERROR_INCORRECT_ENCODING",
        "XML_ERROR_UNCLOSED_CDATA_SECTION",
        "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
        "XML_ERROR_NOT_STANDALONE",
        "XML_ERROR_UNEXPECTED_STATE",
        "XML_ERROR_ENTITY_DECLARED_IN_PE",
        "XML_ERROR_FEATURE_REQUIRES_XML_DTD",
        "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING",
        "XML_ERROR_UNBOUND_PREFIX",
        "XML_ERROR_UNDECLARING_PREFIX",
        "XML_ERROR_INCOMPLETE_PE",
        "XML_ERROR_XML_DECL",
        "XML_ERROR_TEXT_DECL",
        "XML_ERROR_PUBLICID",
        "XML_ERROR_SUSPENDED",
        "XML_ERROR_NOT_SUSPENDED",
        "XML_ERROR_ABORTED",
        "XML_ERROR_FINISHED",
        "XML_ERROR_SUSPEND_PE",
        "XML_ERROR_RESERVED_PREFIX_XML",
        "XML_ERROR_RESERVED_PREFIX_XMLNS",
        "XML_ERROR_RESERVED_NAMESPACE_URI",
        "XML_ERROR_INVALID_ARGUMENT",
        "XML_ERROR_NO_BUFFER",
        "XML_ERROR_AMPLIFICATION_LIMIT_BREACH"
    };

    /** The module state: {@code ExpatError}. */
    static final class State {
        final PyType error;

        State(PyType error) { this.error = error; }

        PyException error(int code, int line, int column) {
            String msg = (code >= 1 && code <= MESSAGES.length ? MESSAGES[code - 1] : "unknown error")
                + ": line " + line + ", column " + column;
            PyException e = Err.make(error, msg);
            PyBaseException x = e.exc;
            Ops.setattr(x, "code", (long) code);
            Ops.setattr(x, "offset", (long) column);
            Ops.setattr(x, "lineno", (long) line);
            return e;
        }
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("pyexpat");
        PyType error = new PyType("ExpatError", new PyType[] {Types.Exception}, PyType.Layout.EXCEPTION, false);
        error.module = "xml.parsers.expat";
        error.finishInit();
        State st = new State(error);
        m.put("__doc__", "Python wrapper for Expat parser.");
        m.put("EXPAT_VERSION", "expat_2.5.0");
        m.put("version_info", PyTuple.of(2L, 5L, 0L));
        m.put("native_encoding", "UTF-8");
        m.put("features", new PyList(new Object[] {PyTuple.of("sizeof(XML_Char)", 1L),
            PyTuple.of("sizeof(XML_LChar)", 1L), PyTuple.of("XML_DTD", 0L), PyTuple.of("XML_CONTEXT_BYTES", 1024L),
            PyTuple.of("XML_NS", 0L), PyTuple.of("XML_BLAP_MAX_AMP", 100L),
            PyTuple.of("XML_BLAP_ACT_THRES", 8388608L)}));
        m.put("error", error);
        m.put("ExpatError", error);
        m.put("XMLParserType", XmlParserObj.TYPE);
        m.put("XML_PARAM_ENTITY_PARSING_NEVER", 0L);
        m.put("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", 1L);
        m.put("XML_PARAM_ENTITY_PARSING_ALWAYS", 2L);
        m.put("expat_CAPI", PyNone.NONE);
        m.def("ErrorString", (t, a, k) -> {
            long code = Ops.toLong(a[0]);
            return code >= 1 && code <= MESSAGES.length ? MESSAGES[(int) code - 1] : PyNone.NONE;
        });
        m.def("ParserCreate", (t, a, k) -> {
            Object enc = BuiltinArgs.get(a, k, 0, "encoding", PyNone.NONE);
            Object sep = BuiltinArgs.get(a, k, 1, "namespace_separator", PyNone.NONE);
            Object intern = BuiltinArgs.get(a, k, 2, "intern", null);
            if (enc != PyNone.NONE && !(enc instanceof String)) {
                throw Err.type("ParserCreate() argument 'encoding' must be str or None, not " + Ops.typeName(enc));
            }
            if (sep != PyNone.NONE && !(sep instanceof String)) {
                throw Err.type("ParserCreate() argument 'namespace_separator' must be str or None, not "
                    + Ops.typeName(sep));
            }
            if (sep instanceof String s && s.length() > 1) {
                throw Err.value("namespace_separator must be at most one character, omitted, or None");
            }
            if (intern == null) {
                intern = new PyDict();
            } else if (intern != PyNone.NONE && !(intern instanceof PyDict)) {
                throw Err.type("intern must be a dictionary");
            }
            return new XmlParserObj(st, enc == PyNone.NONE ? null : (String) enc,
                sep == PyNone.NONE ? null : (String) sep, intern);
        });
        PyModule errors = new PyModule("pyexpat.errors");
        errors.put("__doc__", "Constants used to describe error conditions.");
        PyDict codes = new PyDict();
        PyDict messages = new PyDict();
        for (int i = 0; i < MESSAGES.length; i++) {
            errors.put(NAMES[i], MESSAGES[i]);
            codes.put(MESSAGES[i], (long) (i + 1));
            messages.put((long) (i + 1), MESSAGES[i]);
        }
        errors.put("codes", codes);
        errors.put("messages", messages);
        m.put("errors", errors);
        PyModule model = new PyModule("pyexpat.model");
        model.put("__doc__", "Constants used to interpret content model information.");
        String[] ctypes = {"XML_CTYPE_EMPTY", "XML_CTYPE_ANY", "XML_CTYPE_MIXED", "XML_CTYPE_NAME",
            "XML_CTYPE_CHOICE", "XML_CTYPE_SEQ"};
        for (int i = 0; i < ctypes.length; i++) {
            model.put(ctypes[i], (long) (i + 1));
        }
        String[] quants = {"XML_CQUANT_NONE", "XML_CQUANT_OPT", "XML_CQUANT_REP", "XML_CQUANT_PLUS"};
        for (int i = 0; i < quants.length; i++) {
            model.put(quants[i], (long) i);
        }
        m.put("model", model);
        interp.modules.put("pyexpat.errors", errors);
        interp.modules.put("pyexpat.model", model);
        return m;
    }
}
