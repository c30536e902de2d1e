/** Java applications that embed the gilspy interpreter, for profiling realistic JVM services. */
package dev.gilspy.samples;
