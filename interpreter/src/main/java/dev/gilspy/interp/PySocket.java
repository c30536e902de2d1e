package dev.gilspy.interp;

/** Placeholder until the socket implementation lands. */
final class PySocket {
    private PySocket() {}

    static PyModule module(Interpreter interp) {
        return new PyModule("_socket");
    }
}
