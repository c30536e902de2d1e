package dev.gilspy.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: gilspy's version from the jar manifest, the JVM it runs on, and the class data that
 * JVM mapped at start-up (the {@code gilspy} launcher's AOT cache on JDK 24+ or class-data archive on
 * older JDKs, passed as {@code -Dgilspy.classData}).
 */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"gilspy " + version(),
                "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                "class data: " + System.getProperty("gilspy.classData", "none")};
    }

    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
