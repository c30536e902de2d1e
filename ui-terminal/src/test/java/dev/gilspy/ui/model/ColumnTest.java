package dev.gilspy.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTest {
    private static ThreadRow named(String name) {
        return new ThreadRow(7, name, ThreadStatus.HOLD, 0.5, 0.5, 1, 2, 3, 4, "f (a.py:1)", List.of(), WaitHistogram.empty());
    }

    @Test
    void nameColumnWidensForPythonsDefaultThreadNames() {
        ThreadRow row = named("Thread-1 (countdown)");
        int w = Column.nameWidth(List.of(named("MainThread"), row));
        assertThat(w).isEqualTo(21);
        assertThat(Column.NAME.paddedCell(row, w)).isEqualTo("Thread-1 (countdown) ");
        assertThat(Column.NAME.paddedHeader(w)).hasSize(21);
    }

    @Test
    void shortNamesKeepTheDefaultWidthAndLongOnesAreCut() {
        assertThat(Column.nameWidth(List.of(named("a")))).isEqualTo(Column.NAME.width());
        assertThat(Column.nameWidth(List.of())).isEqualTo(Column.NAME.width());
        String huge = "worker-" + "x".repeat(60);
        int w = Column.nameWidth(List.of(named(huge)));
        assertThat(w).isEqualTo(Column.MAX_NAME_WIDTH);
        assertThat(Column.NAME.paddedCell(named(huge), w)).hasSize(Column.MAX_NAME_WIDTH).endsWith(" ");
    }
}
