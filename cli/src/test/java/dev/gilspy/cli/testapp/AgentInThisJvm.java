package dev.gilspy.cli.testapp;

import com.sun.tools.attach.VirtualMachine;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Loads gilspy's real agent into the test JVM itself, by self-attach (surefire runs with
 * {@code -Djdk.attach.allowAttachSelf=true}). The jar handed to {@code loadAgent} holds only a
 * manifest: the agent's classes come from the test class path, so unit tests need no packaged jar.
 */
public final class AgentInThisJvm {
    private AgentInThisJvm() {}

    public static synchronized void load(String options) throws Exception {
        if (System.getProperty("gilspy.agent.version") != null) {
            return;
        }
        Path jar = Files.createTempFile("gilspy-agent-manifest", ".jar");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Agent-Class", "dev.gilspy.agent.GilspyAgent");
        m.getMainAttributes().putValue("Can-Retransform-Classes", "true");
        m.getMainAttributes().putValue("Can-Redefine-Classes", "true");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        VirtualMachine vm = VirtualMachine.attach(Long.toString(ProcessHandle.current().pid()));
        try {
            vm.loadAgent(jar.toString(), options);
        } finally {
            vm.detach();
            Files.deleteIfExists(jar);
        }
        if (System.getProperty("gilspy.agent.version") == null) {
            throw new IllegalStateException("the gilspy agent did not start in this JVM");
        }
    }
}
