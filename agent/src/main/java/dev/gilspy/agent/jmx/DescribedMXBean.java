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
    private final Runnable onAccess;

    /** @param onAccess called at every attribute read and operation: a client is there */
    public DescribedMXBean(T implementation, Class<T> iface, Runnable onAccess) {
        super(implementation, iface, true);
        this.iface = iface;
        this.onAccess = onAccess;
    }

    public DescribedMXBean(T implementation, Class<T> iface) {
        this(implementation, iface, () -> { });
    }

    @Override
    public Object getAttribute(String attribute) throws javax.management.AttributeNotFoundException,
            javax.management.MBeanException, javax.management.ReflectionException {
        onAccess.run();
        return super.getAttribute(attribute);
    }

    @Override
    public javax.management.AttributeList getAttributes(String[] attributes) {
        onAccess.run();
        return super.getAttributes(attributes);
    }

    @Override
    public Object invoke(String operation, Object[] params, String[] signature)
            throws javax.management.MBeanException, javax.management.ReflectionException {
        onAccess.run();
        return super.invoke(operation, params, signature);
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
