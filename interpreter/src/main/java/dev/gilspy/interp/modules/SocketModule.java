package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PySocket;

/** {@code _socket}: TCP sockets over java.net, every blocking call dropping the GIL. */
final class SocketModule {
    private SocketModule() {}

    static PyModule create(InterpreterState interp) {
        return PySocket.module(interp);
    }
}
