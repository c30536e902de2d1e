package dev.gilspy.agent.jmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Set;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** What JConsole, VisualVM and jmxterm show of gilspy's MBeans: descriptions and units, no helper operations. */
class DescribedMXBeanTest {
    private static final Set<String> UNITLESS = Set.of("InterpreterId", "Mode", "Target", "SwitchIntervalSource", "HolderThread",
            "HolderFunction", "Threads", "Version", "Options", "BoundTarget", "Instrumented", "InstrumentationError",
            "InstrumentedClasses", "KnockerStatus", "JfrFile", "MetricsAddress");

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> iface) {
        return (T) Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (p, m, a) -> null);
    }

    private static MBeanInfo registered(Object bean, String name) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName on = new ObjectName(name);
        server.registerMBean(bean, on);
        try {
            return server.getMBeanInfo(on);
        } finally {
            server.unregisterMBean(on);
        }
    }

    @Test
    void everyGilAttributeHasADescriptionAndANumberHasAUnit() throws Exception {
        MBeanInfo info = registered(new DescribedMXBean<>(stub(GilMXBean.class), GilMXBean.class),
                "dev.gilspy.test:type=Gil,interpreter=99");
        assertThat(info.getAttributes()).hasSize(42);
        assertThat(info.getDescription()).startsWith("gilspy:");
        for (MBeanAttributeInfo a : info.getAttributes()) {
            assertThat(a.getDescription()).as(a.getName()).isNotEqualTo(a.getName()).isNotBlank();
            if (!UNITLESS.contains(a.getName())) {
                assertThat(a.getDescriptor().getFieldValue("units")).as(a.getName() + " units").isNotNull();
            }
        }
        assertThat(attribute(info, "SwitchIntervalSeconds").getDescriptor().getFieldValue("units")).isEqualTo("seconds");
        assertThat(Arrays.stream(info.getOperations()).map(o -> o.getName())).containsExactly("resetWindows");
        assertThat(info.getOperations()[0].getDescription()).contains("never the monotonic counters");
    }

    @Test
    void everyAgentAttributeHasADescription() throws Exception {
        MBeanInfo info = registered(new DescribedMXBean<>(stub(AgentMXBean.class), AgentMXBean.class),
                "dev.gilspy.test:type=Agent");
        assertThat(info.getAttributes()).hasSize(16);
        for (MBeanAttributeInfo a : info.getAttributes()) {
            assertThat(a.getDescription()).as(a.getName()).isNotEqualTo(a.getName()).isNotBlank();
        }
        assertThat(info.getOperations()).isEmpty();
    }

    private static MBeanAttributeInfo attribute(MBeanInfo info, String name) {
        return Arrays.stream(info.getAttributes()).filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
    }
}
