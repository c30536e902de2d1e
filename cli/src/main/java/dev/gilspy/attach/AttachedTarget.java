package dev.gilspy.attach;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

import dev.gilspy.agent.jmx.GilspyNames;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * {@link TargetConnection} over the JDK attach API: checks the PID, attaches, loads gilspy's agent
 * unless the target already has it ({@code gilspy.agent.version} is set), starts the target's local
 * JMX agent and connects to it. Every failure is a {@link AttachException} with one clear line.
 */
public final class AttachedTarget implements TargetConnection {
    /** Set by the agent in the target once it runs. */
    public static final String AGENT_VERSION_PROPERTY = "gilspy.agent.version";

    private final long pid;
    private final String mainClass;
    private final String jvmVersion;
    private final Properties properties;
    private final JMXConnector connector;
    private final MBeanServerConnection mbeans;
    private boolean loadedAgent;

    private AttachedTarget(long pid, Properties properties, JMXConnector connector) throws IOException {
        this.pid = pid;
        this.properties = properties;
        this.mainClass = mainClassOf(properties);
        this.jvmVersion = properties.getProperty("java.version", "?");
        this.connector = connector;
        this.mbeans = connector.getMBeanServerConnection();
    }

    /** Attaches to {@code pid}; with {@code loadAgent}, loads gilspy's agent with default options if missing. */
    public static AttachedTarget attach(long pid, boolean loadAgent) {
        return attach(pid, loadAgent ? "" : null);
    }

    /**
     * @param agentOptions options for the agent ({@code jfr=FILE,...}) when it must be loaded;
     *                     {@code null} never loads it
     */
    public static AttachedTarget attach(long pid, String agentOptions) {
        JvmProcess.check(pid);
        VirtualMachine vm = attachVm(pid);
        try {
            Properties props = vm.getSystemProperties();
            boolean load = agentOptions != null && props.getProperty(AGENT_VERSION_PROPERTY) == null;
            if (load) {
                loadAgent(vm, pid, agentOptions, props);
                props = vm.getSystemProperties();
            }
            String address = vm.startLocalManagementAgent();
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            if (!load && props.getProperty(AGENT_VERSION_PROPERTY) != null) {
                awaitAgentMBeans(connector.getMBeanServerConnection());
            }
            AttachedTarget target = new AttachedTarget(pid, props, connector);
            target.loadedAgent = load;
            return target;
        } catch (IOException e) {
            throw lost(pid, e);
        } finally {
            try {
                vm.detach();
            } catch (IOException ignored) {
                // the JMX connection no longer needs the attach channel
            }
        }
    }

    /**
     * An agent loaded with {@code -javaagent} registers its MBeans only once the platform MBean
     * server exists, which connecting has just made it create; it looks ten times a second, so a
     * first read could come too early. Waits up to a second for them (none come before the
     * agent's start-up delay has passed: then the reads find nothing yet, as before).
     */
    private static void awaitAgentMBeans(MBeanServerConnection mbeans) throws IOException {
        try {
            ObjectName agent = new ObjectName(GilspyNames.AGENT);
            long deadline = System.nanoTime() + 1_000_000_000L;
            while (!mbeans.isRegistered(agent) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static VirtualMachine attachVm(long pid) {
        try {
            return VirtualMachine.attach(Long.toString(pid));
        } catch (AttachNotSupportedException e) {
            String why = oneLine(e.getMessage());
            if (why.contains("does not support the attach mechanism")) {
                throw new AttachException("PID " + pid + " refuses every attach (it runs with -XX:+DisableAttachMechanism):"
                        + " start it with -javaagent:gilspy.jar and without that option", e);
            }
            throw new AttachException("cannot attach to PID " + pid + ": " + why, e);
        } catch (IOException e) {
            throw lost(pid, e);
        }
    }

    private static void loadAgent(VirtualMachine vm, long pid, String options, Properties props) throws IOException {
        Path jar = GilspyJar.locate();
        try {
            vm.loadAgent(jar.toString(), options.isEmpty() ? null : options);
        } catch (AgentLoadException | AgentInitializationException | IOException e) {
            if (e instanceof IOException && exitsSoon(pid)) {
                throw died(pid, e);
            }
            String why = oneLine(e.getMessage());
            if (why.contains("EnableDynamicAgentLoading") || why.toLowerCase().contains("dynamic agent")
                    || refusesDynamicAgents(props)) {
                throw new AttachException("PID " + pid + " (java " + props.getProperty("java.version")
                        + ") refuses dynamically loaded agents: start it with -javaagent:" + jar.getFileName()
                        + " or -XX:+EnableDynamicAgentLoading", e);
            }
            if (e instanceof IOException) {
                // "Premature EOF" and the like: the target hung up mid-load, which a JVM in shutdown does.
                throw new AttachException("PID " + pid + " hung up while loading the gilspy agent (" + why
                        + "); is it shutting down? Try again, or start it with -javaagent:" + jar.getFileName(), e);
            }
            throw new AttachException("PID " + pid + " could not load the gilspy agent from " + jar + ": " + why, e);
        }
    }

    /** JDK 21+ (JEP 451) may be told to refuse; the reply does not always say why. */
    private static boolean refusesDynamicAgents(Properties props) {
        return isJdk21OrLater(props);
    }

    /**
     * True when this attach loaded the agent into a JDK 21+ target, which then printed a warning
     * about a dynamically loaded agent on its own stderr (JEP 451).
     */
    public boolean warnedAboutDynamicAgent() {
        return loadedAgent && isJdk21OrLater(properties);
    }

    private static boolean isJdk21OrLater(Properties props) {
        String spec = props.getProperty("java.specification.version", "17");
        try {
            return Integer.parseInt(spec.split("\\.")[0]) >= 21;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A broken connection usually means the target is dying; give it a moment to finish, so the
     * message says "exited" rather than an RMI error.
     */
    public static boolean exitsSoon(long pid) {
        // A JVM running its shutdown hooks on a loaded machine can take seconds to go.
        long deadline = System.currentTimeMillis() + 3000;
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    static AttachException lost(long pid, Exception e) {
        if (exitsSoon(pid)) {
            return died(pid, e);
        }
        return new AttachException("lost the connection to PID " + pid + ": " + oneLine(e.getMessage()), e);
    }

    private static AttachException died(long pid, Exception e) {
        return new AttachException("target PID " + pid + " exited", e);
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /**
     * {@code jps -l}'s view, the main class or the jar, except that a jar is shown with its arguments:
     * for {@code gilspy.jar run app.py} the script is what the user recognises. Paths are cut to their
     * file names so the header stays one line.
     */
    static String mainClassOf(Properties props) {
        String command = props.getProperty("sun.java.command", "").strip();
        if (command.isEmpty()) {
            return "?";
        }
        String[] words = command.split("\\s+");
        if (!words[0].endsWith(".jar")) {
            return words[0];
        }
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < words.length && shown.length() < 60; i++) {
            String w = words[i];
            int slash = w.lastIndexOf('/');
            shown.append(i == 0 ? "" : " ").append(slash >= 0 && slash < w.length() - 1 ? w.substring(slash + 1) : w);
        }
        return shown.toString();
    }

    @Override public long pid() { return pid; }
    @Override public String mainClass() { return mainClass; }
    @Override public String jvmVersion() { return jvmVersion; }
    @Override public MBeanServerConnection mbeans() { return mbeans; }

    /** The target's system properties as read at attach time (after the agent loaded). */
    public Properties systemProperties() {
        return (Properties) properties.clone();
    }

    @Override
    public boolean isAlive() {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            mbeans.getMBeanCount();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException ignored) {
            // the target may already be gone; nothing left to release
        }
    }
}
