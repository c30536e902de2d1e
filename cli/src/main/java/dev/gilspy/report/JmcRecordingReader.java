package dev.gilspy.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openjdk.jmc.common.item.Attribute;
import org.openjdk.jmc.common.item.IAttribute;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.item.IType;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.flightrecorder.CouldNotLoadRecordingException;
import org.openjdk.jmc.flightrecorder.JfrAttributes;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;

/**
 * Reads recordings with JDK Mission Control's parser. Slower than {@link JdkRecordingReader} (it
 * builds its own item model of the whole file first), but it is the parser of JMC's rules engine
 * and of {@code jfr} tooling built on JMC; kept as {@code --parser jmc} and cross-checked in tests.
 * Events come grouped by type, so they are sorted by start time here.
 */
public final class JmcRecordingReader extends RecordingReader {

    private static final IAttribute<String> PYTHON_THREAD = Attribute.attr(EventNames.Field.PYTHON_THREAD, "Python Thread", UnitLookup.PLAIN_TEXT);
    private static final IAttribute<String> PYTHON_STACK = Attribute.attr(EventNames.Field.PYTHON_STACK, "Python Stack", UnitLookup.PLAIN_TEXT);
    private static final IAttribute<String> HOLDER_THREAD = Attribute.attr(EventNames.Field.HOLDER_THREAD, "Holder", UnitLookup.PLAIN_TEXT);
    private static final IAttribute<String> HOLDER_STACK = Attribute.attr(EventNames.Field.HOLDER_STACK, "Holder Stack", UnitLookup.PLAIN_TEXT);
    private static final IAttribute<String> REQUESTER = Attribute.attr(EventNames.Field.REQUESTER_THREAD, "Requester", UnitLookup.PLAIN_TEXT);
    private static final IAttribute<String> STATE = Attribute.attr(EventNames.Field.STATE, "State", UnitLookup.PLAIN_TEXT);
    private static final IAttribute<IQuantity> INTERPRETER = Attribute.attr(EventNames.Field.INTERPRETER_ID, "Interpreter", UnitLookup.NUMBER);

    @Override
    protected GilRecording parse(Path file) throws IOException {
        IItemCollection items;
        try {
            items = JfrLoaderToolkit.loadEvents(file.toFile());
        } catch (CouldNotLoadRecordingException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<GilEvent> events = new ArrayList<>();
        StackCache stacks = new StackCache();
        Names names = new Names();
        long other = 0;
        for (IItemIterable group : items) {
            IType<IItem> type = group.getType();
            GilEvent.Kind kind = JdkRecordingReader.kindOf(type.getIdentifier());
            if (kind == null) {
                other += group.getItemCount();
                if (type.getIdentifier().startsWith("gilspy.")) otherGilspyEvents += group.getItemCount();
                continue;
            }
            IMemberAccessor<IQuantity, IItem> start = JfrAttributes.START_TIME.getAccessor(type);
            IMemberAccessor<IQuantity, IItem> end = JfrAttributes.END_TIME.getAccessor(type);
            IMemberAccessor<IQuantity, IItem> interp = INTERPRETER.getAccessor(type);
            boolean drop = kind == GilEvent.Kind.DROP_REQUEST;
            IMemberAccessor<String, IItem> thread = (drop ? REQUESTER : PYTHON_THREAD).getAccessor(type);
            IMemberAccessor<String, IItem> stack = (drop ? HOLDER_STACK : PYTHON_STACK).getAccessor(type);
            IMemberAccessor<String, IItem> state = kind == GilEvent.Kind.SAMPLE ? STATE.getAccessor(type) : null;
            IMemberAccessor<String, IItem> holder =
                    kind == GilEvent.Kind.WAIT || drop ? HOLDER_THREAD.getAccessor(type) : null;
            for (IItem item : group) {
                long s = start.getMember(item).clampedLongValueIn(UnitLookup.EPOCH_NS);
                long d = kind == GilEvent.Kind.WAIT || kind == GilEvent.Kind.HOLD
                        ? Math.max(0, end.getMember(item).clampedLongValueIn(UnitLookup.EPOCH_NS) - s) : 0;
                IQuantity id = interp == null ? null : interp.getMember(item);
                events.add(new GilEvent(kind, id == null ? 0 : (int) id.longValue(), s, d,
                        names.get(thread == null ? null : thread.getMember(item)),
                        stacks.get(stack == null ? null : stack.getMember(item)),
                        state == null ? null : names.get(state.getMember(item)),
                        holder == null ? null : names.get(holder.getMember(item))));
            }
        }
        events.sort(java.util.Comparator.comparingLong(GilEvent::start));
        return new GilRecording(file, events, other, List.of());
    }
}
