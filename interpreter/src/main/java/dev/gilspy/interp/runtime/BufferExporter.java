package dev.gilspy.interp.runtime;

/**
 * A native object that exports another object's buffer ({@code pickle.PickleBuffer}): memoryview()
 * and bytes() see the buffer it returns, a bytes, bytearray or memoryview.
 */
public interface BufferExporter {
    /** The exported bytes-like object; raises ValueError once released. */
    Object exportedBuffer();
}
