package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.PyCell;
import dev.gilspy.interp.runtime.PyModule;

/**
 * A call site's memory of {@code module.name}'s cell ({@code math.sqrt}, {@code os.path}): a module's
 * globals live in cells that stay put (what {@link Exprs.Name} caches for globals), so a hit is a
 * reference compare and a field read instead of a hash lookup behind the generic attribute path.
 * Dunder names are left to the generic path: the import system and the command line remove and
 * re-create cells such as {@code __name__} and {@code __file__}. The entry is immutable and replaced
 * whole, so a free-threaded site never pairs one module with another's cell.
 */
final class ModuleSite {
    private record Entry(PyModule module, PyCell cell) {}

    private Entry entry;

    /** The module's value for {@code name}, or null: not bound (the caller takes the generic path). */
    Object read(PyModule m, String name) {
        Entry e = entry;
        if (e != null && e.module == m) {
            return e.cell.value;
        }
        if (name.startsWith("__")) {
            return null;
        }
        PyCell c = m.cells.get(name);
        if (c == null) {
            return null;
        }
        entry = new Entry(m, c);
        return c.value;
    }
}
