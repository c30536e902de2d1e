package dev.gilspy.interp.modules.expat;

import java.util.ArrayList;
import java.util.List;

/**
 * The document type declaration, read as one token by {@link XmlScanner}: its name and external id,
 * and the internal subset's declarations split into expat's prolog tokens (what a default handler
 * sees: {@code "<!DOCTYPE"}, {@code " "}, {@code "a"}, ...). General entity declarations are kept for
 * expansion; ELEMENT, ATTLIST and NOTATION declarations are only checked for their shape.
 */
final class XmlDoctype {
    private final XmlScanner sc;

    XmlDoctype(XmlScanner sc) { this.sc = sc; }

    /** One prolog token at {@code i}: white space, a name, a literal or one character; its end. */
    private int piece(int i) {
        char c = sc.charAt(i);
        if (XmlScanner.isSpace(c)) {
            while (XmlScanner.isSpace(sc.charAt(i))) {
                i++;
            }
            return i;
        }
        if (c == '"' || c == '\'') {
            int j = i + 1;
            while (sc.charAt(j) != c) {
                j += Character.charCount(sc.legalChar(j));
            }
            return j + 1;
        }
        if (XmlScanner.isNameChar(c) || c == '#') {
            int j = i + 1;
            while (XmlScanner.isNameChar(sc.charAt(j))) {
                j++;
            }
            return j;
        }
        if (c == '%' && XmlScanner.isSpace(sc.charAt(i + 1))) {
            return i + 1;
        }
        if (c == '%') {
            int j = sc.nameAt(i + 1);
            if (sc.charAt(j) != ';') {
                throw new XmlError(XmlError.INVALID_TOKEN, j);
            }
            return j + 1;
        }
        if (c == '(' || c == ')' || c == '|' || c == ',' || c == '?' || c == '*' || c == '+' || c == '>'
            || c == '[' || c == ']') {
            return i + 1;
        }
        throw new XmlError(XmlError.INVALID_TOKEN, i);
    }

    private static String unquote(String lit) {
        return lit.substring(1, lit.length() - 1);
    }

    void doctype() {
        int s = sc.pos();
        StringBuilder all = new StringBuilder();
        List<String> head = new ArrayList<>();
        head.add("<!DOCTYPE");
        int i = s + 9;
        List<String> words = new ArrayList<>();
        boolean internal = false;
        while (true) {
            int e = piece(i);
            String p = sc.text.substring(i, e);
            head.add(p);
            i = e;
            if (p.equals(">")) {
                break;
            }
            if (p.equals("[")) {
                internal = true;
                break;
            }
            if (!XmlScanner.isSpace(p.charAt(0))) {
                words.add(p);
            }
        }
        if (words.isEmpty() || !XmlScanner.isNameStart(words.get(0).charAt(0))) {
            throw new XmlError(XmlError.SYNTAX, s);
        }
        String name = words.get(0);
        String sysid = null;
        String pubid = null;
        if (words.size() >= 3 && words.get(1).equals("SYSTEM")) {
            sysid = unquote(words.get(2));
        } else if (words.size() >= 4 && words.get(1).equals("PUBLIC")) {
            pubid = unquote(words.get(2));
            sysid = unquote(words.get(3));
        } else if (words.size() != 1) {
            throw new XmlError(XmlError.SYNTAX, s);
        }
        // the whole declaration must be in the buffer before anything is reported
        List<Object[]> decls = new ArrayList<>();
        List<String> tail = new ArrayList<>();
        boolean peRef = false;
        if (internal) {
            while (true) {
                char c = sc.charAt(i);
                if (c == ']') {
                    tail.add("]");
                    i++;
                    break;
                }
                if (sc.startsWith(i, "<!--")) {
                    int j = i + 4;
                    while (!sc.startsWith(j, "--")) {
                        j += Character.charCount(sc.legalChar(j));
                    }
                    if (sc.charAt(j + 2) != '>') {
                        throw new XmlError(XmlError.INVALID_TOKEN, j + 2);
                    }
                    decls.add(new Object[] {"comment", sc.text.substring(i + 4, j), sc.text.substring(i, j + 3), i});
                    i = j + 3;
                } else if (sc.startsWith(i, "<?")) {
                    int ne = sc.nameAt(i + 2);
                    int j = ne;
                    while (!sc.startsWith(j, "?>")) {
                        j++;
                    }
                    decls.add(new Object[] {"pi", sc.text.substring(i + 2, ne),
                        sc.text.substring(sc.skipSpaceAt(ne), j), sc.text.substring(i, j + 2), i});
                    i = j + 2;
                } else if (sc.startsWith(i, "<!")) {
                    int ne = sc.nameAt(i + 2);
                    String kw = sc.text.substring(i + 2, ne);
                    if (!kw.equals("ENTITY") && !kw.equals("ELEMENT") && !kw.equals("ATTLIST")
                        && !kw.equals("NOTATION")) {
                        throw new XmlError(XmlError.SYNTAX, i);
                    }
                    List<String> ps = new ArrayList<>();
                    ps.add("<!" + kw);
                    int j = ne;
                    while (true) {
                        int e = piece(j);
                        String p = sc.text.substring(j, e);
                        ps.add(p);
                        j = e;
                        if (p.equals(">")) {
                            break;
                        }
                    }
                    decls.add(new Object[] {kw, ps, i});
                    i = j;
                } else {
                    int e = piece(i);
                    String p = sc.text.substring(i, e);
                    if (p.startsWith("%")) {
                        peRef = true;
                    } else if (!XmlScanner.isSpace(p.charAt(0))) {
                        throw new XmlError(XmlError.SYNTAX, i);
                    }
                    decls.add(new Object[] {"text", p, i});
                    i = e;
                }
            }
            while (true) {
                int e = piece(i);
                String p = sc.text.substring(i, e);
                tail.add(p);
                i = e;
                if (p.equals(">")) {
                    break;
                }
                if (!XmlScanner.isSpace(p.charAt(0))) {
                    throw new XmlError(XmlError.SYNTAX, i - p.length());
                }
            }
        }
        sc.setPos(i);
        sc.dtdSeen(sysid != null || peRef);
        XmlSink sink = sc.sink();
        sink.at(s);
        sink.startDoctype(name, sysid, pubid, internal, head);
        for (Object[] d : decls) {
            String kind = (String) d[0];
            switch (kind) {
                case "comment" -> {
                    sink.at((Integer) d[3]);
                    sink.comment(XmlScanner.normalizeNewlines((String) d[1]), (String) d[2]);
                }
                case "pi" -> {
                    sink.at((Integer) d[4]);
                    sink.pi((String) d[1], (String) d[2], (String) d[3]);
                }
                case "text" -> {
                    sink.at((Integer) d[2]);
                    sink.defaultText((String) d[1]);
                }
                case "ENTITY" -> {
                    @SuppressWarnings("unchecked") List<String> ps = (List<String>) d[1];
                    sink.at((Integer) d[2]);
                    entity(ps, (Integer) d[2]);
                }
                default -> {
                    @SuppressWarnings("unchecked") List<String> ps = (List<String>) d[1];
                    sink.at((Integer) d[2]);
                    for (String p : ps) {
                        sink.otherDecl(p);
                    }
                }
            }
        }
        sink.at(i - 1);
        sink.endDoctype(String.join("", tail));
    }

    private void entity(List<String> ps, int at) {
        List<String> w = new ArrayList<>();
        for (String p : ps.subList(1, ps.size() - 1)) {
            if (!XmlScanner.isSpace(p.charAt(0))) {
                w.add(p);
            }
        }
        boolean param = !w.isEmpty() && w.get(0).equals("%");
        if (param) {
            w.remove(0);
        }
        if (w.size() < 2) {
            throw new XmlError(XmlError.SYNTAX, at);
        }
        String name = w.get(0);
        String value = null;
        String sysid = null;
        String pubid = null;
        String notation = null;
        String v1 = w.get(1);
        if (v1.startsWith("\"") || v1.startsWith("'")) {
            value = expandCharRefs(XmlScanner.normalizeNewlines(unquote(v1)), at);
        } else if (v1.equals("SYSTEM") && w.size() >= 3) {
            sysid = unquote(w.get(2));
        } else if (v1.equals("PUBLIC") && w.size() >= 4) {
            pubid = unquote(w.get(2));
            sysid = unquote(w.get(3));
        } else {
            throw new XmlError(XmlError.SYNTAX, at);
        }
        int k = sysid != null ? (pubid != null ? 4 : 3) : 2;
        if (w.size() > k + 1 && w.get(k).equals("NDATA")) {
            notation = w.get(k + 1);
        }
        if (!param && value != null && !sc.entities.containsKey(name)) {
            sc.entities.put(name, value);
        }
        sc.sink().entityDecl(name, param, value, sysid, pubid, notation, ps);
    }

    /** Character references in an entity value are replaced when the entity is declared. */
    private static String expandCharRefs(String v, int at) {
        if (v.indexOf("&#") < 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < v.length()) {
            int r = v.indexOf("&#", i);
            int semi = r < 0 ? -1 : v.indexOf(';', r);
            if (r < 0 || semi < 0) {
                sb.append(v, i, v.length());
                break;
            }
            sb.append(v, i, r);
            String num = v.substring(r + 2, semi);
            try {
                int cp = num.startsWith("x") ? Integer.parseInt(num.substring(1), 16) : Integer.parseInt(num);
                sb.appendCodePoint(cp);
            } catch (RuntimeException e) {
                throw new XmlError(XmlError.BAD_CHAR_REF, at);
            }
            i = semi + 1;
        }
        return sb.toString();
    }
}
