package dev.gilspy.interp.modules.expat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An incremental (push) XML 1.0 tokenizer with expat's well-formedness checks and error positions:
 * text is appended with {@link #feed}, and {@link #scan} reports every token that is complete, keeping
 * an unfinished one for the next feed; on the final feed an unfinished token is an error. Entity
 * references expand the five predefined entities, character references and the internal general
 * entities of the internal DTD subset; a reference to an undeclared entity is an error unless the
 * document has an external DTD and is not standalone, when it is reported as skipped (as expat).
 */
final class XmlScanner {
    private static final int PROLOG = 0;
    private static final int CONTENT = 1;
    private static final int EPILOG = 2;

    /** Thrown internally when the text ends inside a token. */
    private static final class More extends RuntimeException {
        More() { super(null, null, false, false); }
    }

    private static final More MORE = new More();

    final StringBuilder text = new StringBuilder();
    private final XmlSink sink;
    private int pos;
    private int mode = PROLOG;
    private boolean atDocStart = true;
    private boolean isFinal;
    final List<String> stack = new ArrayList<>();
    final Map<String, String> entities = new HashMap<>();
    private final List<String> expanding = new ArrayList<>();
    private boolean externalDtd;
    private boolean standalone;
    /** Set for the scanner of an entity's replacement text. */
    private final XmlScanner parent;

    /** Set for an external entity's parser: content without a document element. */
    private final boolean external;

    XmlScanner(XmlSink sink, boolean external) {
        this.sink = sink;
        this.parent = null;
        this.external = external;
        if (external) {
            mode = CONTENT;
        }
    }

    private XmlScanner(XmlScanner parent, String replacement) {
        this.sink = parent.sink;
        this.parent = parent;
        this.external = false;
        this.mode = CONTENT;
        this.atDocStart = false;
        this.text.append(replacement);
    }

    void feed(CharSequence s) { text.append(s); }

    /** The scanner's index of the next unconsumed character. */
    int position() { return pos; }

    /** Drops the consumed text; returns how many characters were dropped. */
    int compact() {
        int n = pos;
        text.delete(0, n);
        pos = 0;
        return n;
    }

    /** Reports every complete token; at the final feed, checks the document is complete. */
    void scan(boolean fin) {
        isFinal = fin;
        while (pos < text.length()) {
            int start = pos;
            try {
                token();
            } catch (More m) {
                pos = start;
                if (!fin) {
                    return;
                }
                throw unfinished(start);
            }
        }
        if (fin && parent == null && mode != EPILOG && !(external && stack.isEmpty())) {
            throw new XmlError(XmlError.NO_ELEMENTS, pos);
        }
    }

    private XmlError unfinished(int start) {
        if (mode == CONTENT && text.indexOf("<![CDATA[", start) == start) {
            return new XmlError(XmlError.UNCLOSED_CDATA_SECTION, text.length());
        }
        if (text.charAt(start) != '<' && text.charAt(start) != '&' && mode != PROLOG) {
            return new XmlError(mode == CONTENT ? XmlError.NO_ELEMENTS : XmlError.JUNK_AFTER_DOC_ELEMENT,
                text.length());
        }
        return new XmlError(XmlError.UNCLOSED_TOKEN, start);
    }

    private char ch(int i) {
        if (i >= text.length()) {
            throw MORE;
        }
        return text.charAt(i);
    }

    private boolean has(int i, String s) {
        for (int j = 0; j < s.length(); j++) {
            if (i + j >= text.length()) {
                throw MORE;
            }
            if (text.charAt(i + j) != s.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    static boolean isNameStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || c >= 0xC0 && c != 0xD7
            && c != 0xF7 && !(c >= 0x2000 && c < 0x200C) && c != 0xFFFE && c != 0xFFFF;
    }

    static boolean isNameChar(int c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == 0xB7;
    }

    /** The code point at {@code i} when it is a legal XML character, else an INVALID_TOKEN error. */
    private int checkChar(int i) {
        char c = ch(i);
        if (c < 0x20) {
            if (c != '\t' && c != '\n' && c != '\r') {
                throw new XmlError(XmlError.INVALID_TOKEN, i);
            }
            return c;
        }
        if (Character.isHighSurrogate(c)) {
            char d = ch(i + 1);
            if (!Character.isLowSurrogate(d)) {
                throw new XmlError(XmlError.INVALID_TOKEN, i);
            }
            return Character.toCodePoint(c, d);
        }
        if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            throw new XmlError(XmlError.INVALID_TOKEN, i);
        }
        return c;
    }

    private int skipSpace(int i) {
        while (isSpace(ch(i))) {
            i++;
        }
        return i;
    }

    /** The end of the name at {@code i}; INVALID_TOKEN when no name starts there. */
    private int name(int i) {
        char c = ch(i);
        if (!isNameStart(c)) {
            throw new XmlError(XmlError.INVALID_TOKEN, i);
        }
        i++;
        while (isNameChar(ch(i)) || Character.isSurrogate(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private void token() {
        char c = text.charAt(pos);
        if (c == '<') {
            markup();
        } else if (mode == CONTENT) {
            if (c == '&') {
                reference();
            } else {
                charData();
            }
        } else {
            int i = pos;
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            if (i == pos) {
                if (mode == PROLOG && isNameChar(c)) {
                    // expat's prolog tokenizer: a name ended by '<' is an invalid token there
                    int j = pos;
                    while (j < text.length() && isNameChar(text.charAt(j))) {
                        j++;
                    }
                    if (j < text.length() && text.charAt(j) == '<') {
                        throw new XmlError(XmlError.INVALID_TOKEN, j);
                    }
                }
                throw new XmlError(mode == PROLOG ? XmlError.SYNTAX : XmlError.JUNK_AFTER_DOC_ELEMENT, pos);
            }
            if (i == text.length() && text.charAt(i - 1) == '\r' && !isFinal) {
                i--;
                if (i == pos) {
                    throw MORE;
                }
            }
            sink.at(pos);
            String ws = text.substring(pos, i);
            pos = i;
            atDocStart = false;
            sink.defaultText(ws);
        }
    }

    private void charData() {
        int i = pos;
        int entry = pos;
        int n = text.length();
        StringBuilder sb = new StringBuilder();
        int start = pos;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<' || c == '&') {
                break;
            }
            if (c == ']' && i + 2 < n && text.charAt(i + 1) == ']' && text.charAt(i + 2) == '>') {
                throw new XmlError(XmlError.INVALID_TOKEN, i + 2);
            }
            if (c == ']' && !isFinal && (i + 1 == n || i + 2 == n && text.charAt(i + 1) == ']')) {
                break;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 == n && !isFinal) {
                    break;
                }
                flushText(sb, start);
                sink.at(i);
                int next = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                pos = next;
                sink.characters("\n");
                i = next;
                start = i;
                continue;
            }
            int cp = checkChar(i);
            sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (i == entry) {
            throw MORE;
        }
        flushText(sb, start);
        pos = i;
    }

    private void flushText(StringBuilder sb, int start) {
        if (sb.length() > 0) {
            sink.at(start);
            sink.characters(sb.toString());
            sb.setLength(0);
        }
    }

    private void markup() {
        int s = pos;
        char c = ch(s + 1);
        if (c == '?') {
            pi();
        } else if (c == '!') {
            if (has(s + 2, "--")) {
                comment();
            } else if (mode == CONTENT && has(s + 2, "[CDATA[")) {
                cdata();
            } else if (mode == PROLOG && has(s + 2, "DOCTYPE")) {
                new XmlDoctype(this).doctype();
            } else {
                throw new XmlError(mode == CONTENT ? XmlError.INVALID_TOKEN : XmlError.SYNTAX, s + 2);
            }
        } else if (c == '/') {
            if (mode != CONTENT) {
                throw new XmlError(XmlError.INVALID_TOKEN, s + 1);
            }
            endTag();
        } else {
            if (mode == EPILOG) {
                throw new XmlError(XmlError.JUNK_AFTER_DOC_ELEMENT, s);
            }
            startTag();
        }
        atDocStart = false;
    }

    private void comment() {
        int s = pos;
        int i = s + 4;
        while (true) {
            if (ch(i) == '-' && ch(i + 1) == '-') {
                if (ch(i + 2) != '>') {
                    throw new XmlError(XmlError.INVALID_TOKEN, i + 2);
                }
                break;
            }
            i += Character.charCount(checkChar(i));
        }
        String body = normalizeNewlines(text.substring(s + 4, i));
        pos = i + 3;
        sink.at(s);
        sink.comment(body, text.substring(s, pos));
    }

    private void pi() {
        int s = pos;
        int ne = name(s + 2);
        String target = text.substring(s + 2, ne);
        if (target.equalsIgnoreCase("xml")) {
            if (target.equals("xml") && atDocStart && parent == null) {
                xmlDecl(ne);
                return;
            }
            throw new XmlError(target.equals("xml") ? XmlError.MISPLACED_XML_PI : XmlError.INVALID_TOKEN, s);
        }
        int i = ne;
        if (!has(i, "?>")) {
            if (!isSpace(ch(i))) {
                throw new XmlError(XmlError.INVALID_TOKEN, i);
            }
            i = skipSpace(i);
        }
        int ds = i;
        while (!has(i, "?>")) {
            i += Character.charCount(checkChar(i));
        }
        String data = normalizeNewlines(text.substring(ds, i));
        pos = i + 2;
        sink.at(s);
        sink.pi(target, data, text.substring(s, pos));
    }

    private void xmlDecl(int i) {
        int s = pos;
        int end = i;
        while (!has(end, "?>")) {
            end++;
        }
        String body = text.substring(i, end);
        String version = null;
        String encoding = null;
        int standalone = -1;
        int j = 0;
        int field = 0;
        while (true) {
            int k = j;
            while (k < body.length() && isSpace(body.charAt(k))) {
                k++;
            }
            if (k == body.length()) {
                break;
            }
            if (k == j) {
                throw new XmlError(XmlError.XML_DECL, i + k);
            }
            int ne = k;
            while (ne < body.length() && isNameChar(body.charAt(ne))) {
                ne++;
            }
            String key = body.substring(k, ne);
            int e = ne;
            while (e < body.length() && isSpace(body.charAt(e))) {
                e++;
            }
            if (e >= body.length() || body.charAt(e) != '=') {
                throw new XmlError(XmlError.XML_DECL, i + e);
            }
            e++;
            while (e < body.length() && isSpace(body.charAt(e))) {
                e++;
            }
            char q = e < body.length() ? body.charAt(e) : 0;
            int close = q == '"' || q == '\'' ? body.indexOf(q, e + 1) : -1;
            if (close < 0) {
                throw new XmlError(XmlError.XML_DECL, i + e);
            }
            String v = body.substring(e + 1, close);
            if (key.equals("version") && field == 0) {
                version = v;
                field = 1;
            } else if (key.equals("encoding") && field == 1) {
                encoding = v;
                field = 2;
            } else if (key.equals("standalone") && field >= 1 && field < 3
                && (v.equals("yes") || v.equals("no"))) {
                standalone = v.equals("yes") ? 1 : 0;
                field = 3;
            } else {
                throw new XmlError(XmlError.XML_DECL, i + k);
            }
            j = close + 1;
        }
        if (version == null) {
            throw new XmlError(XmlError.XML_DECL, s);
        }
        this.standalone = standalone == 1;
        pos = end + 2;
        atDocStart = false;
        sink.at(s);
        sink.xmlDecl(version, encoding, standalone, text.substring(s, pos));
    }

    private void cdata() {
        int s = pos;
        int i = s + 9;
        while (!has(i, "]]>")) {
            i += Character.charCount(checkChar(i));
        }
        pos = i + 3;
        sink.at(s);
        sink.startCdata();
        int from = s + 9;
        for (int k = s + 9; k < i; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                if (k > from) {
                    sink.at(from);
                    sink.characters(text.substring(from, k));
                }
                sink.at(k);
                sink.characters("\n");
                if (c == '\r' && k + 1 < i && text.charAt(k + 1) == '\n') {
                    k++;
                }
                from = k + 1;
            }
        }
        if (from < i) {
            sink.at(from);
            sink.characters(text.substring(from, i));
        }
        sink.at(i);
        sink.endCdata();
    }

    private void endTag() {
        int s = pos;
        int ne = name(s + 2);
        int i = skipSpace(ne);
        if (ch(i) != '>') {
            throw new XmlError(XmlError.INVALID_TOKEN, i);
        }
        String name = text.substring(s + 2, ne);
        if (stack.isEmpty() || !stack.get(stack.size() - 1).equals(name)) {
            throw new XmlError(stack.isEmpty() ? XmlError.INVALID_TOKEN : XmlError.TAG_MISMATCH,
                parent != null ? parent.pos : s + 2);
        }
        pos = i + 1;
        stack.remove(stack.size() - 1);
        sink.at(s);
        sink.endElement(name, text.substring(s, pos));
        if (stack.isEmpty() && parent == null && !external) {
            mode = EPILOG;
        }
    }

    private void startTag() {
        int s = pos;
        int ne = name(s + 1);
        String name = text.substring(s + 1, ne);
        List<String> attrs = new ArrayList<>();
        int i = ne;
        boolean empty;
        while (true) {
            int ws = i;
            i = skipSpace(i);
            char c = ch(i);
            if (c == '>') {
                empty = false;
                break;
            }
            if (c == '/') {
                if (ch(i + 1) != '>') {
                    throw new XmlError(XmlError.INVALID_TOKEN, i + 1);
                }
                empty = true;
                i++;
                break;
            }
            if (i == ws) {
                throw new XmlError(XmlError.INVALID_TOKEN, i);
            }
            int an = name(i);
            String aname = text.substring(i, an);
            int e = skipSpace(an);
            if (ch(e) != '=') {
                throw new XmlError(XmlError.INVALID_TOKEN, e);
            }
            e = skipSpace(e + 1);
            char q = ch(e);
            if (q != '"' && q != '\'') {
                throw new XmlError(XmlError.INVALID_TOKEN, e);
            }
            int vs = e + 1;
            int ve = vs;
            while (ch(ve) != q) {
                if (text.charAt(ve) == '<') {
                    throw new XmlError(XmlError.INVALID_TOKEN, ve);
                }
                ve += Character.charCount(checkChar(ve));
            }
            for (int k = 0; k < attrs.size(); k += 2) {
                if (attrs.get(k).equals(aname)) {
                    throw new XmlError(XmlError.DUPLICATE_ATTRIBUTE, i);
                }
            }
            attrs.add(aname);
            attrs.add(null);
            attrs.set(attrs.size() - 1, String.valueOf(vs) + ":" + ve);
            i = ve + 1;
            if (!isSpace(ch(i)) && ch(i) != '>' && ch(i) != '/') {
                throw new XmlError(XmlError.INVALID_TOKEN, i);
            }
        }
        for (int k = 1; k < attrs.size(); k += 2) {
            String span = attrs.get(k);
            int colon = span.indexOf(':');
            int vs = Integer.parseInt(span.substring(0, colon));
            int ve = Integer.parseInt(span.substring(colon + 1));
            attrs.set(k, attributeValue(vs, ve, s));
        }
        pos = i + 1;
        String raw = text.substring(s, pos);
        if (mode == PROLOG) {
            mode = CONTENT;
        }
        stack.add(name);
        sink.at(s);
        sink.startElement(name, attrs, raw);
        if (empty) {
            stack.remove(stack.size() - 1);
            sink.at(pos);
            sink.endElement(name, "");
            if (stack.isEmpty() && parent == null && !external) {
                mode = EPILOG;
            }
        }
    }

    /** An attribute value: references expanded, white space normalized to spaces (XML 1.0 3.3.3). */
    private String attributeValue(int vs, int ve, int tagStart) {
        StringBuilder sb = new StringBuilder(ve - vs);
        appendAttr(sb, text.toString(), vs, ve, tagStart, new ArrayList<>());
        return sb.toString();
    }

    private void appendAttr(StringBuilder sb, String src, int i, int end, int tagStart, List<String> open) {
        while (i < end) {
            char c = src.charAt(i);
            if (c == '&') {
                int semi = src.indexOf(';', i);
                if (semi < 0 || semi >= end) {
                    throw new XmlError(XmlError.INVALID_TOKEN, i + 1);
                }
                String ref = src.substring(i + 1, semi);
                if (ref.startsWith("#")) {
                    sb.appendCodePoint(charRef(ref, i));
                } else {
                    String pre = predefined(ref);
                    if (pre != null) {
                        sb.append(pre);
                    } else {
                        String v = entity(ref);
                        if (v == null) {
                            throw new XmlError(XmlError.UNDEFINED_ENTITY, tagStart);
                        }
                        if (open.contains(ref)) {
                            throw new XmlError(XmlError.RECURSIVE_ENTITY_REF, tagStart);
                        }
                        if (v.indexOf('<') >= 0) {
                            throw new XmlError(XmlError.INVALID_TOKEN, tagStart);
                        }
                        open.add(ref);
                        appendAttr(sb, v, 0, v.length(), tagStart, open);
                        open.remove(open.size() - 1);
                    }
                }
                i = semi + 1;
            } else if (c == '\r') {
                sb.append(' ');
                i += i + 1 < end && src.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                sb.append(c == '\n' || c == '\t' ? ' ' : c);
                i++;
            }
        }
    }

    static String predefined(String name) {
        switch (name) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "apos": return "'";
            case "quot": return "\"";
            default: return null;
        }
    }

    private String entity(String name) {
        XmlScanner root = this;
        while (root.parent != null) {
            root = root.parent;
        }
        return root.entities.get(name);
    }

    private int charRef(String ref, int at) {
        long v = -1;
        try {
            if (ref.startsWith("#x")) {
                if (ref.length() > 2 && ref.length() < 12 && ref.substring(2).chars().allMatch(
                    d -> Character.digit(d, 16) >= 0)) {
                    v = Long.parseLong(ref.substring(2), 16);
                } else {
                    throw new XmlError(XmlError.INVALID_TOKEN, at + 3);
                }
            } else if (ref.length() > 1 && ref.length() < 12 && ref.substring(1).chars().allMatch(
                d -> d >= '0' && d <= '9')) {
                v = Long.parseLong(ref.substring(1));
            } else {
                throw new XmlError(XmlError.INVALID_TOKEN, at + 2);
            }
        } catch (NumberFormatException e) {
            v = -1;
        }
        boolean ok = v == 0x9 || v == 0xA || v == 0xD || v >= 0x20 && v <= 0xD7FF || v >= 0xE000 && v <= 0xFFFD
            || v >= 0x10000 && v <= 0x10FFFF;
        if (!ok) {
            throw new XmlError(XmlError.BAD_CHAR_REF, at);
        }
        return (int) v;
    }

    private void reference() {
        int s = pos;
        char c = ch(s + 1);
        if (c == '#') {
            int i = s + 2;
            while (ch(i) != ';') {
                char d = text.charAt(i);
                if (!(Character.digit(d, 16) >= 0 || d == 'x' && i == s + 2)) {
                    throw new XmlError(XmlError.INVALID_TOKEN, i);
                }
                i++;
            }
            int cp = charRef(text.substring(s + 1, i), s);
            pos = i + 1;
            sink.at(s);
            sink.characters(new String(Character.toChars(cp)));
            return;
        }
        if (!isNameStart(c)) {
            throw new XmlError(XmlError.INVALID_TOKEN, s + 1);
        }
        int ne = name(s + 1);
        if (ch(ne) != ';') {
            throw new XmlError(XmlError.INVALID_TOKEN, ne);
        }
        String name = text.substring(s + 1, ne);
        pos = ne + 1;
        String pre = predefined(name);
        sink.at(s);
        if (pre != null) {
            sink.characters(pre);
            return;
        }
        String v = entity(name);
        if (v == null) {
            XmlScanner root = this;
            while (root.parent != null) {
                root = root.parent;
            }
            if (root.externalDtd && !root.standalone) {
                sink.skippedEntity(name, "&" + name + ";");
                return;
            }
            throw new XmlError(XmlError.UNDEFINED_ENTITY, s);
        }
        if (!sink.expandInternal()) {
            sink.defaultText("&" + name + ";");
            return;
        }
        XmlScanner root = this;
        while (root.parent != null) {
            root = root.parent;
        }
        if (root.expanding.contains(name)) {
            throw new XmlError(XmlError.RECURSIVE_ENTITY_REF, s);
        }
        root.expanding.add(name);
        try {
            XmlScanner sub = new XmlScanner(this, v);
            sub.stack.addAll(stack);
            try {
                sub.scan(true);
            } catch (XmlError e) {
                throw new XmlError(e.code, s);
            }
            if (!sub.stack.equals(stack)) {
                throw new XmlError(13, s);
            }
        } finally {
            root.expanding.remove(name);
        }
    }

    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    // --- used by XmlDoctype ---

    int pos() { return pos; }

    void setPos(int p) { pos = p; }

    char charAt(int i) { return ch(i); }

    boolean startsWith(int i, String s) { return has(i, s); }

    int skipSpaceAt(int i) { return skipSpace(i); }

    int nameAt(int i) { return name(i); }

    int legalChar(int i) { return checkChar(i); }

    XmlSink sink() { return sink; }

    void dtdSeen(boolean external) {
        if (external) {
            externalDtd = true;
        }
        atDocStart = false;
    }
}
