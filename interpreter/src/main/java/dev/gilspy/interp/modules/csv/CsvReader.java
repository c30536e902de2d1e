package dev.gilspy.interp.modules.csv;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _csv.reader}: CPython's state machine (Modules/_csv.c {@code parse_process_char}) fed one
 * line of the input iterator at a time, then an end-of-line mark; a record ends when the machine is
 * back at the start of a record, so quoted fields may span lines.
 */
final class CsvReader extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("reader", "_csv", null, null);

    private static final int EOL = -2;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private final Object input;
    private final CsvDialect dialect;
    private final CsvModule.State module;
    private long lineNum;
    private State state = State.START_RECORD;
    private PyList fields;
    private final StringBuilder field = new StringBuilder();
    private boolean numeric;

    CsvReader(Object input, CsvDialect dialect, CsvModule.State module) {
        super(TYPE);
        this.input = input;
        this.dialect = dialect;
        this.module = module;
    }

    private Object next(PyThread t) {
        fields = new PyList();
        field.setLength(0);
        numeric = false;
        state = State.START_RECORD;
        do {
            Object line = Ops.next(t, input);
            if (line == null) {
                if (field.length() != 0 || state == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw Err.make(module.error, "unexpected end of data");
                    }
                    saveField(t);
                    break;
                }
                throw Err.make(Types.StopIteration, new Object[0]);
            }
            if (!(line instanceof String s)) {
                throw Err.make(module.error, "iterator should return strings, not " + Ops.typeName(line)
                    + " (the file should be opened in text mode)");
            }
            lineNum++;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                process(t, c);
            }
            process(t, EOL);
        } while (state != State.START_RECORD);
        PyList r = fields;
        fields = null;
        return r;
    }

    private void saveField(PyThread t) {
        Object v = field.toString();
        if (numeric) {
            numeric = false;
            v = Ops.call(t, Types.get("float"), new Object[] {v}, null);
        }
        field.setLength(0);
        fields.append(v);
    }

    private void addChar(int c) {
        if (field.length() >= module.fieldLimit) {
            throw Err.make(module.error, "field larger than field limit (" + module.fieldLimit + ")");
        }
        field.appendCodePoint(c);
    }

    private static boolean crOrLf(int c) { return c == '\n' || c == '\r'; }

    private void process(PyThread t, int c) {
        CsvDialect d = dialect;
        switch (state) {
            case START_RECORD:
                if (c == EOL) {
                    return;
                }
                if (crOrLf(c)) {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(t, c);
                return;
            case START_FIELD:
                startField(t, c);
                return;
            case ESCAPED_CHAR:
                if (crOrLf(c)) {
                    addChar(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                state = State.IN_FIELD;
                return;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) {
                    return;
                }
                inField(t, c);
                return;
            case IN_FIELD:
                inField(t, c);
                return;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    return;
                }
                if (c == d.escapechar) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != CsvModule.QUOTE_NONE) {
                    state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c);
                }
                return;
            case ESCAPE_IN_QUOTED_FIELD:
                addChar(c == EOL ? '\n' : c);
                state = State.IN_QUOTED_FIELD;
                return;
            case QUOTE_IN_QUOTED_FIELD:
                if (d.quoting != CsvModule.QUOTE_NONE && c == d.quotechar) {
                    addChar(c);
                    state = State.IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField(t);
                    state = State.START_FIELD;
                } else if (crOrLf(c) || c == EOL) {
                    saveField(t);
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else if (!d.strict) {
                    addChar(c);
                    state = State.IN_FIELD;
                } else {
                    throw Err.make(module.error, "'" + chr(d.delimiter) + "' expected after '" + chr(d.quotechar) + "'");
                }
                return;
            case EAT_CRNL:
                if (crOrLf(c)) {
                    return;
                }
                if (c == EOL) {
                    state = State.START_RECORD;
                    return;
                }
                throw Err.make(module.error, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
            default:
                throw new IllegalStateException(state.name());
        }
    }

    private void startField(PyThread t, int c) {
        CsvDialect d = dialect;
        if (crOrLf(c) || c == EOL) {
            saveField(t);
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.quotechar && d.quoting != CsvModule.QUOTE_NONE) {
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            return;
        } else if (c == d.delimiter) {
            saveField(t);
        } else {
            if (d.quoting == CsvModule.QUOTE_NONNUMERIC) {
                numeric = true;
            }
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    private void inField(PyThread t, int c) {
        CsvDialect d = dialect;
        if (crOrLf(c) || c == EOL) {
            saveField(t);
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField(t);
            state = State.START_FIELD;
        } else {
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    static String chr(int c) { return c < 0 ? "" : new String(Character.toChars(c)); }

    static {
        NativeTypes.def(TYPE, "__iter__", (t, a, k) -> a[0]);
        NativeTypes.def(TYPE, "__next__", (t, a, k) -> ((CsvReader) a[0]).next(t));
        NativeTypes.getter(TYPE, "dialect", o -> ((CsvReader) o).dialect);
        NativeTypes.getter(TYPE, "line_num", o -> ((CsvReader) o).lineNum);
        NativeTypes.ready(TYPE);
    }
}
