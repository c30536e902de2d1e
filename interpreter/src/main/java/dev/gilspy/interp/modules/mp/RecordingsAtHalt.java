package dev.gilspy.interp.modules.mp;

import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

/**
 * A worker ends with {@code Runtime.halt} (its exit code, or SIGTERM's 143), which skips the shutdown
 * hooks, among them the flight recorder's dump at exit: a worker recorded from start-up (a profiler's
 * {@code -javaagent:...=jfr=FILE} that the worker inherits, see {@code GILSPY_FOLLOW_CHILDREN}) would
 * leave no file. So before halting, the running recordings that have a destination are stopped, which
 * writes them there. Nothing happens in a worker that nobody records: the recorder is never started.
 */
final class RecordingsAtHalt {
    private RecordingsAtHalt() {}

    static void write() {
        try {
            if (!FlightRecorder.isInitialized()) {
                return;
            }
            for (Recording r : FlightRecorder.getFlightRecorder().getRecordings()) {
                if (r.getState() == RecordingState.RUNNING && r.getDestination() != null) {
                    r.stop();
                }
            }
        } catch (Throwable t) {
            // no flight recorder in this runtime, or a recording that cannot be written: halt regardless
        }
    }
}
