package dev.gilspy.interp.runtime;

/** {@code dict.keys()}, {@code dict.values()}, {@code dict.items()}: live views over a dict. */
final class DictView extends PyObj {
    final PyDict dict;
    final int mode; // 0 keys, 1 values, 2 items

    DictView(PyDict dict, int mode) {
        this.dict = dict;
        this.mode = mode;
    }

    @Override
    public PyType type() {
        return mode == 0 ? Types.DICT_KEYS : mode == 1 ? Types.DICT_VALUES : Types.DICT_ITEMS;
    }

    Object[] items() {
        Object[] keys = dict.keysArray();
        if (mode == 0) {
            return keys;
        }
        Object[] out = new Object[keys.length];
        var entries = dict.entries();
        for (int i = 0; i < out.length; i++) {
            var e = entries.get(i);
            out[i] = mode == 1 ? e.getValue() : PyTuple.of(e.getKey(), e.getValue());
        }
        return out;
    }

    @Override
    public String toString() {
        Object[] it = items();
        StringBuilder sb = new StringBuilder(type().name).append("([");
        for (int i = 0; i < it.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(StrRepr.repr(it[i]));
        }
        return sb.append("])").toString();
    }
}
