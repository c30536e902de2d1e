package dev.gilspy.interp.modules.pickle;

import dev.gilspy.interp.runtime.BufferExporter;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyMemoryView;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;

/**
 * {@code pickle.PickleBuffer} (PEP 574; Modules/_pickle.c's picklebuf): a wrapper around a
 * bytes-like object that a protocol 5 pickler writes in band (as bytes or bytearray) or hands to
 * the {@code buffer_callback} to travel out of band ({@code NEXT_BUFFER}, then
 * {@code READONLY_BUFFER} for a read-only one). gilspy's buffers are one-dimensional and
 * contiguous, so {@code raw()} is a memoryview of the wrapped object itself.
 */
final class PickleBufferObj extends NativeObj implements BufferExporter {
    static final PyType TYPE = NativeTypes.newType("PickleBuffer", "pickle", null, PickleBufferObj::construct);

    private Object view;

    private PickleBufferObj(PyType cls, Object obj) {
        super(cls);
        PyMemoryView.of(obj); // the TypeError of an object without the buffer protocol
        this.view = obj;
    }

    @Override
    public Object exportedBuffer() {
        if (view == null) {
            throw Err.value("operation forbidden on released PickleBuffer object");
        }
        return view;
    }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        if (BuiltinArgs.npos(a, k) != 1 || (k != null && k.length > 0)) {
            throw Err.type("PickleBuffer() takes exactly one argument");
        }
        return new PickleBufferObj(cls, a[0]);
    }

    private static PickleBufferObj self(Object o) {
        if (o instanceof PickleBufferObj b) {
            return b;
        }
        throw Err.type("descriptor requires a 'pickle.PickleBuffer' object but received '" + Ops.typeName(o) + "'");
    }

    /** _pickle.c's save_picklebuffer: in band as bytes/bytearray data, or out of band when the callback says false. */
    void save(Saver s, PicklerObj p, PyThread t) {
        if (p.proto < 5) {
            throw Err.make(PickleModule.PicklingError, "PickleBuffer can only pickled with protocol >= 5");
        }
        PyMemoryView m = PyMemoryView.of(exportedBuffer());
        boolean readonly = Ops.truthy(Ops.getattr(m, "readonly"));
        boolean inBand = true;
        if (p.bufferCallback != PyNone.NONE) {
            inBand = Ops.truthy(Ops.call(t, p.bufferCallback, new Object[] {this}, null));
        }
        if (inBand) {
            if (readonly) {
                s.saveBytesData(m.toByteArray(), this);
            } else {
                s.saveBytearrayData(m.toByteArray(), this);
            }
        } else {
            p.op(Op.NEXT_BUFFER);
            if (readonly) {
                p.op(Op.READONLY_BUFFER);
            }
        }
    }

    static void install() {
        PyType T = TYPE;
        NativeTypes.def(T, "raw", (t, a, k) -> {
            PyMemoryView m = PyMemoryView.of(self(a[0]).exportedBuffer());
            return Ops.getattr(m, "format").equals("B") ? m : Ops.call(t, Ops.getattr(m, "cast"), new Object[] {"B"}, null);
        });
        NativeTypes.def(T, "release", (t, a, k) -> {
            self(a[0]).view = null;
            return PyNone.NONE;
        });
        NativeTypes.ready(T);
    }
}
