package dev.gilspy.agent.jmx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.management.DescriptorKey;

/**
 * An attribute's unit, as the standard {@code units} descriptor field: {@code seconds},
 * {@code milliseconds}, {@code microseconds}, {@code fraction} (0..1 of wall time), {@code 1/s},
 * {@code threads}, {@code count} or {@code hertz}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Units {
    @DescriptorKey("units")
    String value();
}
