package dev.gilspy.interp.modules;

import dev.gilspy.interp.Interpreter;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PySocket;

/** {@code _socket}: TCP sockets over java.net, every blocking call dropping the GIL. */
final class SocketModule {
    private SocketModule() {}

    static PyModule create(Interpreter interp) {
        return PySocket.module(interp);
    }
}
