package dev.gilspy.ui.model;

/** Who {@code top} is watching: shown in the first header line. */
public record TargetInfo(long pid, String mainClass, String jvmVersion) {}
