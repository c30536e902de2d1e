package dev.gilspy.interp.runtime;

/** The Java throwable that carries a Python exception through Java frames; no stack trace (cheap). */
public final class PyException extends RuntimeException {
    public final PyBaseException exc;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override
    public String getMessage() {
        return exc.type().name + ": " + exc.messageText();
    }
}
