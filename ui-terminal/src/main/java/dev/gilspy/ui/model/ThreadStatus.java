package dev.gilspy.ui.model;

/** A Python thread's GIL state as the MXBean reports it, in the order {@code top} ranks urgency. */
public enum ThreadStatus {
    WAIT, HOLD, NATIVE, IO, IDLE, UNKNOWN;

    public static ThreadStatus parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "WAIT": case "WAITING": return WAIT;
            case "HOLD": case "HOLDING": return HOLD;
            case "NATIVE": case "RELEASED_NATIVE": return NATIVE;
            case "IO": case "RELEASED_IO": return IO;
            case "IDLE": return IDLE;
            default: return UNKNOWN;
        }
    }

    /** The label in the STATE column: four letters at most so the column never shifts. */
    public String label() {
        return this == UNKNOWN ? "?" : name();
    }
}
