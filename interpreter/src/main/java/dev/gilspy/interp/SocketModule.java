package dev.gilspy.interp;

/** {@code _socket}: TCP sockets over java.net, every blocking call dropping the GIL. */
final class SocketModule {
    private SocketModule() {}

    static PyModule create(Interpreter interp) {
        return PySocket.module(interp);
    }
}
