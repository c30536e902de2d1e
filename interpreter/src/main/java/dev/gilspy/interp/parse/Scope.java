package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.CodeBuilder;
import dev.gilspy.interp.nodes.Exprs;
import dev.gilspy.interp.nodes.Resumable;
import dev.gilspy.interp.nodes.SlotKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compile-time scope: which names are locals (array slots), cells, free variables or globals.
 *
 * <p>The parser records every name reference; {@link #resolveAll} runs once the whole module is
 * parsed, because Python decides a name's scope from assignments anywhere in the function.
 * Comprehensions are inlined (as PEP 709 does): their variables get fresh slots in the enclosing
 * frame, so they neither leak nor force closures.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS, COMP }


    final Kind kind;
    final Scope parent;
    final String name;
    final CodeBuilder code;
    final Map<String, Integer> locals = new LinkedHashMap<>();
    final Set<String> globals = new HashSet<>();
    final Set<String> nonlocals = new HashSet<>();
    final Set<String> cells = new HashSet<>();
    final Map<String, Integer> frees = new LinkedHashMap<>();
    final List<Exprs.Name> refs = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final List<Runnable> fixups = new ArrayList<>();
    final List<Resumable> resumables = new ArrayList<>();
    boolean generator;
    /** An {@code async def}: its code is a coroutine, or an async generator when it also yields. */
    boolean async;
    /** The first {@code return value} in this function: an async generator may not have one. */
    Token returnWithValue;
    /** A comprehension with an await inside: its inlined loop may suspend the frame. */
    boolean suspends;
    /** A module or class body with an annotated assignment: it starts with SETUP_ANNOTATIONS. */
    boolean annotations;
    /** Loops, try and with statements open around the statement being parsed: CPython's CO_MAXBLOCKS count. */
    int blocks;
    /** Loop bodies open around the statement being parsed (not their else clauses): where break and continue may go. */
    int loops;
    private int nslots;
    private int nstates;

    Scope(Kind kind, Scope parent, String name, CodeBuilder code) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        this.code = code;
        if (parent != null) {
            parent.children.add(this);
        }
        this.privateName = kind == Kind.CLASS ? name : parent == null ? null : parent.privateName;
    }

    /** The class whose private names ({@code __x}) this scope mangles: the innermost enclosing class, or null. */
    private final String privateName;

    /**
     * _Py_Mangle: inside class C (its body and the functions in it), {@code __x} stands for
     * {@code _C__x}; not a dunder name ({@code __x__}), a dotted one, or under a class named only underscores.
     */
    String mangle(String n) {
        if (privateName == null || !n.startsWith("__") || n.endsWith("__") || n.indexOf('.') >= 0) {
            return n;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        return i == privateName.length() ? n : "_" + privateName.substring(i) + n;
    }

    /** The scope whose frame holds this scope's slots (comprehensions share their owner's frame). */
    Scope frameOwner() {
        Scope s = this;
        while (s.kind == Kind.COMP) {
            s = s.parent;
        }
        return s;
    }

    int newSlot() {
        return frameOwner().nslots++;
    }

    int newState() {
        return frameOwner().nstates++;
    }

    /** Declares {@code n} as assigned here: a slot in function/comprehension scopes. */
    void declareLocal(String name) {
        String n = mangle(name);
        if (globals.contains(n) || nonlocals.contains(n) || kind == Kind.MODULE) {
            return;
        }
        if (!locals.containsKey(n)) {
            locals.put(n, kind == Kind.CLASS ? -1 : newSlot());
        }
    }

    boolean isLocal(String n) {
        return locals.containsKey(n);
    }

    Exprs.Name ref(String n, int line) {
        Exprs.Name r = new Exprs.Name(mangle(n));
        r.line = line;
        refs.add(r);
        return r;
    }

    // ---------------------------------------------------------------- resolution

    /** Where {@code n} used in this scope lives: the defining scope, or null for a global. */
    private Scope definer(String n) {
        if (globals.contains(n)) {
            return null;
        }
        if (kind == Kind.MODULE) {
            return null;
        }
        if (!nonlocals.contains(n) && locals.containsKey(n)) {
            return this;
        }
        boolean fromFunction = kind != Kind.COMP;
        for (Scope p = parent; p != null; p = p.parent) {
            if (p.kind == Kind.MODULE) {
                return null;
            }
            if (p.kind == Kind.CLASS) {
                if (!fromFunction && p.locals.containsKey(n)) {
                    return p;
                }
                continue;
            }
            if (p.globals.contains(n)) {
                return null;
            }
            if (!p.nonlocals.contains(n) && p.locals.containsKey(n)) {
                return p;
            }
            if (p.kind != Kind.COMP) {
                fromFunction = true;
            }
        }
        return null;
    }

    static void resolveAll(Scope module) {
        List<Scope> all = new ArrayList<>();
        collect(module, all);
        for (Scope s : all) {
            for (Exprs.Name r : s.refs) {
                s.markFree(r.name);
            }
            for (String n : s.nonlocals) {
                s.markFree(n);
            }
        }
        for (Scope s : all) {
            s.allocateFrees();
        }
        for (Scope s : all) {
            for (Exprs.Name r : s.refs) {
                s.bind(r);
            }
        }
        for (Scope s : all) {
            for (Runnable f : s.fixups) {
                f.run();
            }
            s.finishCode();
        }
    }

    private static void collect(Scope s, List<Scope> out) {
        out.add(s);
        for (Scope c : s.children) {
            collect(c, out);
        }
    }

    private void markFree(String n) {
        Scope d = definer(n);
        if (d == null || d == this || d.kind == Kind.CLASS) {
            return;
        }
        if (d.frameOwner() == frameOwner()) {
            return; // a comprehension reading its owner's local: same frame, plain slot
        }
        d.cells.add(n);
        for (Scope s = this; s != d; s = s.parent) {
            if (s.kind != Kind.COMP && s.frameOwner() != d.frameOwner()) {
                s.frees.putIfAbsent(n, -1);
            }
        }
    }

    private void allocateFrees() {
        for (Map.Entry<String, Integer> e : frees.entrySet()) {
            e.setValue(newSlot());
        }
    }

    /** Where a name lives: its kind, and its slot in this scope's frame (-1 for globals and class names). */
    record Slot(SlotKind kind, int slot) {}

    /** The slot (in this scope's frame) that holds {@code n}'s value or cell, and whether it is a cell. */
    Slot locate(String n) {
        Scope d = definer(n);
        if (d == null) {
            return new Slot(SlotKind.GLOBAL, -1);
        }
        if (d.kind == Kind.CLASS) {
            return new Slot(SlotKind.CLASS_NAME, -1);
        }
        if (d.frameOwner() == frameOwner()) {
            int slot = d.locals.get(n);
            return new Slot(d.cells.contains(n) ? SlotKind.CELL : SlotKind.LOCAL, slot);
        }
        for (Scope s = this; s != null; s = s.parent) {
            Integer f = s.frees.get(n);
            if (f != null) {
                return new Slot(SlotKind.CELL, f);
            }
        }
        throw new IllegalStateException("free variable not allocated: " + n);
    }

    /**
     * The slot in this scope's frame where a function defined here finds the cell of its free
     * variable {@code n}. A class body passes an enclosing function's cell through even when it
     * binds {@code n} itself (a method named like the variable): CPython's DEF_FREE_CLASS.
     */
    int captureSlot(String n) {
        if (kind == Kind.CLASS) {
            Integer f = frees.get(n);
            if (f != null) {
                return f;
            }
        }
        return locate(n).slot();
    }

    private void bind(Exprs.Name r) {
        if (kind == Kind.CLASS && locals.containsKey(r.name) && !globals.contains(r.name)) {
            r.kind = SlotKind.CLASS_NAME;
            return;
        }
        Slot loc = locate(r.name);
        r.kind = loc.kind();
        r.slot = loc.slot();
    }

    private void finishCode() {
        if (code == null) {
            return;
        }
        // int arrays filled directly, not boxed lists copied into them: this runs for each of the
        // ~3,500 function scopes the import line's modules declare (their bodies deferred or not)
        int[] cellSlots = new int[cells.size()];
        int ncells = 0;
        for (String c : cells) {
            Integer slot = locals.get(c);
            if (slot != null && slot >= 0) {
                cellSlots[ncells++] = slot;
            }
        }
        if (ncells < cellSlots.length) {
            cellSlots = java.util.Arrays.copyOf(cellSlots, ncells);
        }
        int nfrees = frees.size();
        String[] freeNames = new String[nfrees];
        int[] freeSlots = new int[nfrees];
        int k = 0;
        for (Map.Entry<String, Integer> e : frees.entrySet()) {
            freeNames[k] = e.getKey();
            freeSlots[k++] = e.getValue();
        }
        if (kind == Kind.FUNCTION) {
            String[] names = new String[locals.size() + nfrees];
            int[] slots = new int[names.length];
            int n = 0;
            for (Map.Entry<String, Integer> e : locals.entrySet()) {
                int slot = e.getValue();
                if (slot >= 0) {
                    names[n] = e.getKey();
                    slots[n++] = slot;
                }
            }
            System.arraycopy(freeNames, 0, names, n, nfrees);
            System.arraycopy(freeSlots, 0, slots, n, nfrees);
            n += nfrees;
            if (n < names.length) {
                names = java.util.Arrays.copyOf(names, n);
                slots = java.util.Arrays.copyOf(slots, n);
            }
            code.localNames(names, slots);
        }
        boolean nested = parent != null && (parent.kind == Kind.FUNCTION || parent.kind == Kind.COMP);
        code.finish(nslots, nstates, kind == Kind.FUNCTION, nested, generator, async, cellSlots, freeNames, freeSlots);
        if (generator || async) {
            for (Resumable r : resumables) {
                r.enableResume();
            }
            for (Scope c : children) {
                if (c.kind == Kind.COMP) {
                    for (Resumable r : c.resumables) {
                        r.enableResume();
                    }
                }
            }
        }
    }

    /**
     * Slots of an inlined comprehension's own variables (its targets), emptied when it ends, as
     * CPython's comprehension frame goes with them. A loop, not a stream: this
     * runs once per comprehension of every module imported, on a cold JVM, where a stream pipeline
     * is a dozen interpreted frames and its first use links lambdas.
     */
    int[] compLocalSlots() {
        int[] slots = new int[locals.size()];
        int i = 0;
        for (int v : locals.values()) {
            slots[i++] = v;
        }
        return slots;
    }

    /**
     * Cell slots of an inlined comprehension: fresh cells each time it runs. (A loop, as
     * {@link #compLocalSlots}.)
     */
    int[] compCellSlots() {
        int[] slots = new int[cells.size()];
        int i = 0;
        for (String c : cells) {
            slots[i++] = locals.get(c);
        }
        return slots;
    }

}
