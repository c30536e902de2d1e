package dev.gilspy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of JSON Schema (draft-07) that speedscope's schema uses: {@code $ref} into
 * {@code definitions}, {@code type}, {@code properties}, {@code required}, {@code items},
 * {@code anyOf}, {@code const} and {@code enum}. Any other keyword fails loudly, so a schema that
 * grows beyond this is noticed rather than half-checked.
 */
final class MiniJsonSchema {
    private final Map<String, Object> root;

    private MiniJsonSchema(Map<String, Object> root) { this.root = root; }

    /** @return every violation, as {@code path: what}; empty when the instance is valid */
    @SuppressWarnings("unchecked")
    static List<String> validate(String schemaJson, Object instance) {
        MiniJsonSchema s = new MiniJsonSchema((Map<String, Object>) MiniJson.parse(schemaJson));
        List<String> errors = new ArrayList<>();
        s.check(s.root, instance, "$", errors);
        return errors;
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> schema, Object v, String path, List<String> errors) {
        for (var k : schema.entrySet()) {
            Object rule = k.getValue();
            switch (k.getKey()) {
                case "$schema", "title", "definitions", "description" -> { }
                case "$ref" -> check(resolve((String) rule), v, path, errors);
                case "type" -> { if (!hasType(v, (String) rule)) errors.add(path + ": not a " + rule); }
                case "const" -> { if (!rule.equals(v)) errors.add(path + ": not " + rule); }
                case "enum" -> { if (!((List<Object>) rule).contains(v)) errors.add(path + ": " + v + " not in " + rule); }
                case "required" -> {
                    if (v instanceof Map<?, ?> m) {
                        for (Object name : (List<Object>) rule) if (!m.containsKey(name)) errors.add(path + ": missing " + name);
                    }
                }
                case "properties" -> {
                    if (v instanceof Map<?, ?> m) {
                        for (var p : ((Map<String, Object>) rule).entrySet()) {
                            if (m.containsKey(p.getKey())) check((Map<String, Object>) p.getValue(), m.get(p.getKey()), path + "." + p.getKey(), errors);
                        }
                    }
                }
                case "items" -> {
                    if (v instanceof List<?> l) {
                        for (int i = 0; i < l.size(); i++) check((Map<String, Object>) rule, l.get(i), path + "[" + i + "]", errors);
                    }
                }
                case "anyOf" -> {
                    boolean any = false;
                    for (Object alt : (List<Object>) rule) {
                        List<String> e = new ArrayList<>();
                        check((Map<String, Object>) alt, v, path, e);
                        if (e.isEmpty()) { any = true; break; }
                    }
                    if (!any) errors.add(path + ": matches none of anyOf");
                }
                default -> throw new IllegalArgumentException("MiniJsonSchema does not know '" + k.getKey() + "'");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(String ref) {
        if (!ref.startsWith("#/definitions/")) throw new IllegalArgumentException("unsupported $ref " + ref);
        return (Map<String, Object>) ((Map<String, Object>) root.get("definitions")).get(ref.substring("#/definitions/".length()));
    }

    private static boolean hasType(Object v, String type) {
        return switch (type) {
            case "object" -> v instanceof Map;
            case "array" -> v instanceof List;
            case "string" -> v instanceof String;
            case "number" -> v instanceof Double;
            case "boolean" -> v instanceof Boolean;
            default -> throw new IllegalArgumentException("type " + type);
        };
    }
}
