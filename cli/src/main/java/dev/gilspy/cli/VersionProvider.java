package dev.gilspy.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: gilspy's version from the jar manifest, and the JVM it runs on. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"gilspy " + version(),
                "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }

    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
