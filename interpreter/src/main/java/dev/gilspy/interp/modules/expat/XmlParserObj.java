package dev.gilspy.interp.modules.expat;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pyexpat.xmlparser} (Modules/pyexpat.c): the handler attributes, the parse options and
 * {@code Parse}/{@code ParseFile} over {@link XmlScanner}. Handlers run with the GIL held, as in
 * CPython, whose pyexpat never releases it during a parse. Character data is buffered when
 * {@code buffer_text} is set and flushed before any other handler and at the end of each
 * {@code Parse} call, as {@code flush_character_buffer} does.
 */
final class XmlParserObj extends NativeObj {
    static final String[] HANDLERS = {"StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
        "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler",
        "EndNamespaceDeclHandler", "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
        "DefaultHandler", "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
        "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
        "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler"};
    static final int START = 0;
    static final int END = 1;
    static final int PI = 2;
    static final int CHARS = 3;
    static final int START_NS = 6;
    static final int END_NS = 7;
    static final int COMMENT = 8;
    static final int START_CDATA = 9;
    static final int END_CDATA = 10;
    static final int DEFAULT = 11;
    static final int DEFAULT_EXPAND = 12;
    static final int START_DOCTYPE = 15;
    static final int END_DOCTYPE = 16;
    static final int ENTITY_DECL = 17;
    static final int XML_DECL = 18;
    static final int SKIPPED = 21;

    static final PyType TYPE = makeType();

    final PyexpatModule.State module;
    final Object[] handlers = new Object[HANDLERS.length];
    boolean expandDefault = true;
    boolean orderedAttributes;
    boolean specifiedAttributes;
    boolean namespacePrefixes;
    boolean bufferText;
    int bufferSize = 8192;
    final StringBuilder charBuf = new StringBuilder();
    final Object intern;
    final String nsSep;
    String base;
    private final XmlInput input;
    private final Namespaces ns;
    private final XmlScanner scanner;
    private final Sink sink = new Sink();
    private PyThread thread;
    int errorCode;
    boolean foreignDtd;
    private boolean dtdSeen;
    private String doctypeSysid;
    private String doctypePubid;
    private boolean finished;
    private boolean broken;

    XmlParserObj(PyexpatModule.State module, String encoding, String nsSep, Object intern) {
        this(module, encoding, nsSep, intern, false);
    }

    XmlParserObj(PyexpatModule.State module, String encoding, String nsSep, Object intern, boolean external) {
        super(TYPE);
        this.module = module;
        this.nsSep = nsSep;
        this.intern = intern;
        this.input = new XmlInput(encoding);
        this.ns = nsSep == null ? null : new Namespaces(nsSep);
        this.scanner = new XmlScanner(sink, external);
    }

    private static PyType makeType() {
        PyType t = NativeTypes.newType("xmlparser", "pyexpat", null, null);
        for (int i = 0; i < HANDLERS.length; i++) {
            final int h = i;
            NativeTypes.getset(t, HANDLERS[i], o -> {
                Object v = ((XmlParserObj) o).handlers[h];
                return v == null ? PyNone.NONE : v;
            }, (o, v) -> ((XmlParserObj) o).setHandler(h, v));
        }
        NativeTypes.getset(t, "ordered_attributes", o -> ((XmlParserObj) o).orderedAttributes,
            (o, v) -> ((XmlParserObj) o).orderedAttributes = Ops.truthy(v));
        NativeTypes.getset(t, "specified_attributes", o -> ((XmlParserObj) o).specifiedAttributes,
            (o, v) -> ((XmlParserObj) o).specifiedAttributes = Ops.truthy(v));
        NativeTypes.getset(t, "namespace_prefixes", o -> ((XmlParserObj) o).namespacePrefixes,
            (o, v) -> ((XmlParserObj) o).namespacePrefixes = Ops.truthy(v));
        NativeTypes.getset(t, "buffer_text", o -> ((XmlParserObj) o).bufferText, (o, v) -> {
            XmlParserObj p = (XmlParserObj) o;
            boolean b = Ops.truthy(v);
            if (!b) {
                p.flush();
            }
            p.bufferText = b;
        });
        NativeTypes.getset(t, "buffer_size", o -> (long) ((XmlParserObj) o).bufferSize, (o, v) -> {
            if (!Ops.isInt(v) || v instanceof Boolean) {
                throw Err.type("buffer_size must be an integer");
            }
            java.math.BigInteger big = v instanceof Long l ? java.math.BigInteger.valueOf(l)
                : new java.math.BigInteger(dev.gilspy.interp.runtime.StrRepr.str(v));
            if (big.signum() <= 0) {
                throw Err.value("buffer_size must be greater than zero");
            }
            if (big.compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                throw Err.value("buffer_size must not be greater than " + Integer.MAX_VALUE);
            }
            long n = big.longValue();
            XmlParserObj p = (XmlParserObj) o;
            p.flush();
            p.bufferSize = (int) (long) n;
        });
        NativeTypes.getter(t, "buffer_used", o -> (long) ((XmlParserObj) o).charBuf.length());
        NativeTypes.getter(t, "intern", o -> ((XmlParserObj) o).intern);
        NativeTypes.getter(t, "ErrorCode", o -> (long) ((XmlParserObj) o).errorCode);
        NativeTypes.getter(t, "ErrorLineNumber", o -> (long) ((XmlParserObj) o).input.line());
        NativeTypes.getter(t, "ErrorColumnNumber", o -> (long) ((XmlParserObj) o).input.column());
        NativeTypes.getter(t, "ErrorByteIndex", o -> ((XmlParserObj) o).byteIndex());
        NativeTypes.getter(t, "CurrentLineNumber", o -> (long) ((XmlParserObj) o).input.line());
        NativeTypes.getter(t, "CurrentColumnNumber", o -> (long) ((XmlParserObj) o).input.column());
        NativeTypes.getter(t, "CurrentByteIndex", o -> ((XmlParserObj) o).byteIndex());
        NativeTypes.def(t, "Parse", (th, a, k) -> {
            BuiltinArgs.check("Parse", a, k, 2, 3);
            Object fin = BuiltinArgs.get(a, k, 2, "isfinal", false);
            return ((XmlParserObj) a[0]).parse(th, a[1], Ops.truthy(fin));
        });
        NativeTypes.def(t, "ParseFile", (th, a, k) -> ((XmlParserObj) a[0]).parseFile(th, a[1]));
        NativeTypes.def(t, "SetBase", (th, a, k) -> {
            ((XmlParserObj) a[0]).base = a[1] == PyNone.NONE ? null : BuiltinArgs.str(a[1], "SetBase");
            return PyNone.NONE;
        });
        NativeTypes.def(t, "GetBase", (th, a, k) -> {
            String b = ((XmlParserObj) a[0]).base;
            return b == null ? PyNone.NONE : b;
        });
        NativeTypes.def(t, "GetInputContext", (th, a, k) -> PyNone.NONE);
        NativeTypes.def(t, "SetParamEntityParsing", (th, a, k) -> 1L);
        NativeTypes.def(t, "UseForeignDTD", (th, a, k) -> {
            ((XmlParserObj) a[0]).foreignDtd = a.length < 2 || Ops.truthy(a[1]);
            return PyNone.NONE;
        });
        NativeTypes.def(t, "ExternalEntityParserCreate", (th, a, k) -> {
            XmlParserObj p = (XmlParserObj) a[0];
            Object enc = BuiltinArgs.get(a, k, 2, "encoding", PyNone.NONE);
            XmlParserObj sub = new XmlParserObj(p.module, enc == PyNone.NONE ? null : (String) enc, p.nsSep, p.intern,
                true);
            System.arraycopy(p.handlers, 0, sub.handlers, 0, p.handlers.length);
            sub.expandDefault = p.expandDefault;
            sub.orderedAttributes = p.orderedAttributes;
            sub.specifiedAttributes = p.specifiedAttributes;
            sub.bufferText = p.bufferText;
            return sub;
        });
        NativeTypes.def(t, "__reduce__", (th, a, k) -> {
            throw Err.type("cannot pickle 'pyexpat.xmlparser' object");
        });
        return NativeTypes.ready(t);
    }

    private void setHandler(int h, Object v) {
        if (h == CHARS) {
            flush();
        }
        handlers[h] = v == PyNone.NONE ? null : v;
        if (h == DEFAULT && v != PyNone.NONE) {
            expandDefault = false;
        } else if (h == DEFAULT_EXPAND && v != PyNone.NONE) {
            expandDefault = true;
        }
    }

    private Object byteIndex() {
        return errorCode != 0 || thread != null ? (long) input.byteIndex() : -1L;
    }

    private Object parseFile(PyThread t, Object file) {
        Object read = Ops.getattrOrNull(file, "read");
        if (read == null) {
            throw Err.type("argument must have 'read' attribute");
        }
        while (true) {
            Object chunk = Ops.call(t, read, new Object[] {2048L}, null);
            boolean empty = chunk instanceof PyBytes b ? b.data().length == 0 : chunk instanceof String s && s.isEmpty();
            if (!(chunk instanceof PyBytes) && !(chunk instanceof String)) {
                throw Err.type("read() did not return a bytes object (type=" + Ops.typeName(chunk) + ")");
            }
            parse(t, chunk, empty);
            if (empty) {
                return 1L;
            }
        }
    }

    Object parse(PyThread t, Object data, boolean fin) {
        if (finished) {
            throw error(XmlError.FINISHED);
        }
        if (broken) {
            throw error(errorCode);
        }
        String chars;
        try {
            if (data instanceof String s) {
                chars = input.decodeStr(s);
            } else if (data instanceof PyBytes b) {
                chars = input.decode(b.data(), fin);
            } else {
                Object tb = Ops.getattrOrNull(data, "tobytes");
                if (tb == null) {
                    throw Err.type("a bytes-like object is required, not '" + Ops.typeName(data) + "'");
                }
                chars = input.decode(((PyBytes) Ops.call(tb)).data(), fin);
            }
        } catch (XmlError e) {
            input.markEnd(scanner);
            throw fail(e.code);
        }
        PyThread prev = thread;
        thread = t;
        try {
            scanner.feed(chars);
            scanner.scan(fin);
            input.at(scanner, scanner.position());
            flush();
            input.consumed(scanner);
        } catch (XmlError e) {
            charBuf.setLength(0);
            if (e.index >= 0) {
                input.at(scanner, e.index);
            }
            throw fail(e.code);
        } catch (RuntimeException e) {
            broken = true;
            errorCode = 0;
            throw e;
        } finally {
            thread = prev;
        }
        if (fin) {
            finished = true;
        }
        return 1L;
    }

    private RuntimeException fail(int code) {
        broken = true;
        errorCode = code;
        return error(code);
    }

    private RuntimeException error(int code) {
        return module.error(code, input.line(), input.column());
    }

    // --- handler calls ---

    private Object call(int h, Object... args) {
        Object fn = handlers[h];
        return Ops.call(thread, fn, args, null);
    }

    void flush() {
        if (charBuf.length() == 0) {
            return;
        }
        String s = charBuf.toString();
        charBuf.setLength(0);
        if (handlers[CHARS] != null) {
            call(CHARS, s);
        }
    }

    private boolean hasDefault() {
        return handlers[expandDefault ? DEFAULT_EXPAND : DEFAULT] != null;
    }

    private void toDefault(String raw) {
        int h = expandDefault ? DEFAULT_EXPAND : DEFAULT;
        if (handlers[h] != null && !raw.isEmpty()) {
            flush();
            call(h, raw);
        }
    }

    private Object attrs(List<String> a) {
        if (orderedAttributes) {
            return new PyList(a.toArray());
        }
        PyDict d = new PyDict();
        for (int i = 0; i < a.size(); i += 2) {
            d.put(a.get(i), a.get(i + 1));
        }
        return d;
    }

    private final class Sink implements XmlSink {
        @Override public void at(int index) { input.at(scanner, index); }

        @Override public boolean expandInternal() { return expandDefault || handlers[DEFAULT] == null; }

        @Override public void xmlDecl(String version, String encoding, int standalone, String raw) {
            if (handlers[XML_DECL] != null) {
                flush();
                call(XML_DECL, version, encoding == null ? PyNone.NONE : encoding, (long) standalone);
            } else {
                toDefault(raw);
            }
        }

        @Override public void startDoctype(String name, String sysid, String pubid, boolean internal,
                                           List<String> raw) {
            doctypeSysid = sysid;
            doctypePubid = pubid;
            if (handlers[START_DOCTYPE] != null) {
                flush();
                call(START_DOCTYPE, name, sysid == null ? PyNone.NONE : sysid, pubid == null ? PyNone.NONE : pubid,
                    internal ? 1L : 0L);
            } else {
                for (String p : raw) {
                    toDefault(p);
                }
            }
        }

        @Override public void endDoctype(String raw) {
            dtdSeen = true;
            if (doctypeSysid != null && handlers[14] != null) {
                flush();
                call(14, PyNone.NONE, base == null ? PyNone.NONE : base, doctypeSysid,
                    doctypePubid == null ? PyNone.NONE : doctypePubid);
            }
            if (handlers[END_DOCTYPE] != null) {
                flush();
                call(END_DOCTYPE);
            } else if (handlers[START_DOCTYPE] == null) {
                for (int i = 0; i < raw.length(); i++) {
                    toDefault(raw.substring(i, i + 1));
                }
            }
        }

        @Override public void entityDecl(String name, boolean param, String value, String sysid, String pubid,
                                         String notation, List<String> raw) {
            if (handlers[ENTITY_DECL] != null) {
                flush();
                Object none = PyNone.NONE;
                call(ENTITY_DECL, name, param ? 1L : 0L, value == null ? none : value, base == null ? none : base,
                    sysid == null ? none : sysid, pubid == null ? none : pubid, notation == null ? none : notation);
            } else if (handlers[4] != null && notation != null) {
                flush();
                Object none = PyNone.NONE;
                call(4, name, base == null ? none : base, sysid, pubid == null ? none : pubid, notation);
            } else {
                for (String p : raw) {
                    toDefault(p);
                }
            }
        }

        @Override public void otherDecl(String raw) { toDefault(raw); }

        @Override public void startElement(String name, List<String> a, String raw) {
            if (!dtdSeen) {
                dtdSeen = true;
                if (foreignDtd && handlers[14] != null) {
                    flush();
                    call(14, PyNone.NONE, base == null ? PyNone.NONE : base, PyNone.NONE, PyNone.NONE);
                }
            }
            if (ns != null) {
                List<String[]> decls = ns.push(name, a, namespacePrefixes);
                for (String[] d : decls) {
                    if (handlers[START_NS] != null) {
                        flush();
                        call(START_NS, d[0] == null ? PyNone.NONE : d[0], d[1] == null ? PyNone.NONE : d[1]);
                    }
                }
                name = ns.elementName(name, namespacePrefixes);
            }
            if (handlers[START] != null) {
                flush();
                call(START, name, attrs(a));
            } else {
                toDefault(raw);
            }
        }

        @Override public void endElement(String name, String raw) {
            List<String> undecl = null;
            if (ns != null) {
                name = ns.elementName(name, namespacePrefixes);
                undecl = ns.pop();
            }
            if (handlers[END] != null) {
                flush();
                call(END, name);
            } else {
                toDefault(raw);
            }
            if (undecl != null && handlers[END_NS] != null) {
                for (String p : undecl) {
                    flush();
                    call(END_NS, p == null ? PyNone.NONE : p);
                }
            }
        }

        @Override public void characters(String text) {
            if (handlers[CHARS] == null) {
                toDefault(text);
                return;
            }
            if (!bufferText) {
                call(CHARS, text);
                return;
            }
            if (charBuf.length() + text.length() > bufferSize) {
                flush();
                if (text.length() > bufferSize) {
                    call(CHARS, text);
                    return;
                }
            }
            charBuf.append(text);
        }

        @Override public void comment(String text, String raw) {
            if (handlers[COMMENT] != null) {
                flush();
                call(COMMENT, text);
            } else {
                toDefault(raw);
            }
        }

        @Override public void pi(String target, String data, String raw) {
            if (handlers[PI] != null) {
                flush();
                call(PI, target, data);
            } else {
                toDefault(raw);
            }
        }

        @Override public void startCdata() {
            if (handlers[START_CDATA] != null) {
                flush();
                call(START_CDATA);
            } else if (handlers[CHARS] == null) {
                toDefault("<![CDATA[");
            }
        }

        @Override public void endCdata() {
            if (handlers[END_CDATA] != null) {
                flush();
                call(END_CDATA);
            } else if (handlers[CHARS] == null) {
                toDefault("]]>");
            }
        }

        @Override public void defaultText(String raw) { toDefault(raw); }

        @Override public void skippedEntity(String name, String raw) {
            if (handlers[SKIPPED] != null) {
                flush();
                call(SKIPPED, name, 0L);
            } else {
                toDefault(raw);
            }
        }
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static List<String> list() { return new ArrayList<>(); }
}
