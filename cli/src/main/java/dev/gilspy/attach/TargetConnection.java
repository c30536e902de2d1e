package dev.gilspy.attach;

import javax.management.MBeanServerConnection;

/**
 * A live connection to a target JVM: attach by PID, load gilspy's agent if it is not there yet,
 * and reach its platform MBeans over the local JMX connector.
 *
 * <p>Implemented by the CLI issue; {@code top}, {@code record -p} and {@code doctor -p} use it.
 */
public interface TargetConnection extends AutoCloseable {
    long pid();
    /** The target's main class or jar, as {@code jps -l} shows it. */
    String mainClass();
    /** The target's {@code java.version}. */
    String jvmVersion();
    /** The target's platform MBean server, with gilspy's {@code dev.gilspy} MBeans registered. */
    MBeanServerConnection mbeans();
    /** True while the target is still alive and connected. */
    boolean isAlive();
    @Override void close();
}
