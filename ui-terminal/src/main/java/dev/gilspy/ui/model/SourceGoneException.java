package dev.gilspy.ui.model;

/** The target went away: the view keeps its last figures and says so. */
public final class SourceGoneException extends Exception {
    private static final long serialVersionUID = 1L;

    public SourceGoneException(String message) {
        super(message);
    }

    public SourceGoneException(String message, Throwable cause) {
        super(message, cause);
    }
}
