package dev.gilspy.report;

/** A recording that cannot be read or holds nothing to show; the message is one line for the user. */
public final class RecordingException extends Exception {
    private static final long serialVersionUID = 1L;

    public RecordingException(String message) { super(message); }

    public RecordingException(String message, Throwable cause) { super(message, cause); }
}
