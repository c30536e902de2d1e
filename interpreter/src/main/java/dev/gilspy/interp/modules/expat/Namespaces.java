package dev.gilspy.interp.modules.expat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * expat's namespace processing ({@code XML_ParserCreateNS}): {@code xmlns} attributes are taken out
 * and declare prefixes for the element's scope, and prefixed names become
 * {@code uri + sep + local} (then {@code + sep + prefix} with {@code namespace_prefixes}).
 */
final class Namespaces {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    private final String sep;
    /** Per open element: the prefixes it declared (null for the default namespace), with what they hid. */
    private final List<List<Object[]>> scopes = new ArrayList<>();
    private final Map<String, String> bound = new HashMap<>();

    Namespaces(String sep) {
        this.sep = sep;
        bound.put("xml", XML_NS);
    }

    /**
     * Opens an element's scope: removes its {@code xmlns} attributes from {@code attrs}, expands the
     * other attribute names; returns the declarations as (prefix, uri) pairs in document order.
     */
    List<String[]> push(String name, List<String> attrs, boolean prefixes) {
        List<Object[]> scope = new ArrayList<>();
        List<String[]> decls = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < attrs.size(); i += 2) {
            String a = attrs.get(i);
            String v = attrs.get(i + 1);
            String prefix;
            if (a.equals("xmlns")) {
                prefix = null;
            } else if (a.startsWith("xmlns:")) {
                prefix = a.substring(6);
                if (prefix.equals("xmlns")) {
                    throw new XmlError(XmlError.RESERVED_PREFIX_XMLNS, -1);
                }
                if (prefix.equals("xml") != v.equals(XML_NS)) {
                    throw new XmlError(XmlError.RESERVED_PREFIX_XML, -1);
                }
                if (v.isEmpty()) {
                    throw new XmlError(XmlError.UNDECLARING_PREFIX, -1);
                }
            } else {
                rest.add(a);
                rest.add(v);
                continue;
            }
            if (v.equals(XMLNS_NS)) {
                throw new XmlError(XmlError.RESERVED_NAMESPACE_URI, -1);
            }
            String key = prefix == null ? "" : prefix;
            scope.add(new Object[] {prefix, bound.get(key)});
            if (v.isEmpty()) {
                bound.remove(key);
            } else {
                bound.put(key, v);
            }
            decls.add(new String[] {prefix, v.isEmpty() ? null : v});
        }
        scopes.add(scope);
        attrs.clear();
        for (int i = 0; i < rest.size(); i += 2) {
            String a = rest.get(i);
            String expanded = a.indexOf(':') < 0 ? a : expand(a, false, prefixes);
            for (int k = 0; k < attrs.size(); k += 2) {
                if (attrs.get(k).equals(expanded)) {
                    throw new XmlError(XmlError.DUPLICATE_ATTRIBUTE, -1);
                }
            }
            attrs.add(expanded);
            attrs.add(rest.get(i + 1));
        }
        return decls;
    }

    String elementName(String name, boolean prefixes) { return expand(name, true, prefixes); }

    private String expand(String name, boolean element, boolean prefixes) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            String uri = element ? bound.get("") : null;
            return uri == null ? name : uri + sep + name;
        }
        String prefix = name.substring(0, colon);
        String uri = bound.get(prefix);
        if (uri == null) {
            throw new XmlError(XmlError.UNBOUND_PREFIX, -1);
        }
        String local = name.substring(colon + 1);
        return prefixes ? uri + sep + local + sep + prefix : uri + sep + local;
    }

    /** Closes the innermost scope; returns the prefixes it declared, for EndNamespaceDeclHandler. */
    List<String> pop() {
        List<Object[]> scope = scopes.remove(scopes.size() - 1);
        List<String> out = new ArrayList<>();
        for (int i = scope.size() - 1; i >= 0; i--) {
            Object[] d = scope.get(i);
            String key = d[0] == null ? "" : (String) d[0];
            if (d[1] == null) {
                bound.remove(key);
            } else {
                bound.put(key, (String) d[1]);
            }
            out.add((String) d[0]);
        }
        return out;
    }
}
