package dev.gilspy.agent.runtime;

import javax.management.MBeanServerFactory;

/** Whether the platform MBean server exists, asked without creating it. */
final class PlatformServer {
    private PlatformServer() {}

    /**
     * True once {@code ManagementFactory.getPlatformMBeanServer()} ran (it creates its server
     * through {@link MBeanServerFactory}, which lists it), or any other MBean server was made.
     */
    static boolean exists() {
        try {
            return !MBeanServerFactory.findMBeanServer(null).isEmpty();
        } catch (RuntimeException e) {
            return true; // cannot tell (a security manager refusing): register as before
        }
    }
}
