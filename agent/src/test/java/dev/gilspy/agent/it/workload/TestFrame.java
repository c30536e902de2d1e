package dev.gilspy.agent.it.workload;

import dev.gilspy.interp.gil.FrameInfo;

/** A Python frame as the interpreter would publish it; immutable, so each line is its own frame. */
public record TestFrame(FrameInfo back, Object code, String codeName, String fileName, int line) implements FrameInfo {
}
