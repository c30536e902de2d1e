package dev.gilspy.agent.jmx;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanFeatureInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.StandardMBean;

/**
 * An MXBean whose descriptions come from {@link Description} on its interface (the JDK's
 * introspector would repeat each attribute's name), with {@link Units} in each attribute's
 * descriptor, and without the interface's static helpers among its operations.
 */
public final class DescribedMXBean<T> extends StandardMBean {
    private final Class<T> iface;

    public DescribedMXBean(T implementation, Class<T> iface) {
        super(implementation, iface, true);
        this.iface = iface;
    }

    @Override
    protected String getDescription(MBeanInfo info) {
        Description d = iface.getAnnotation(Description.class);
        return d != null ? d.value() : super.getDescription(info);
    }

    @Override
    protected String getDescription(MBeanAttributeInfo info) {
        return described(info, super.getDescription(info));
    }

    @Override
    protected String getDescription(MBeanOperationInfo info) {
        return described(info, super.getDescription(info));
    }

    private static String described(MBeanFeatureInfo info, String fallback) {
        Object d = info.getDescriptor().getFieldValue("description");
        return d instanceof String s && !s.isEmpty() ? s : fallback;
    }

    @Override
    public MBeanInfo getMBeanInfo() {
        MBeanInfo info = super.getMBeanInfo();
        MBeanOperationInfo[] operations = Arrays.stream(info.getOperations())
                .filter(op -> !isStatic(op.getName()))
                .toArray(MBeanOperationInfo[]::new);
        if (operations.length == info.getOperations().length) {
            return info;
        }
        return new MBeanInfo(info.getClassName(), info.getDescription(), info.getAttributes(), info.getConstructors(),
                operations, info.getNotifications(), info.getDescriptor());
    }

    private boolean isStatic(String name) {
        for (Method m : iface.getMethods()) {
            if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())) {
                return true;
            }
        }
        return false;
    }
}
