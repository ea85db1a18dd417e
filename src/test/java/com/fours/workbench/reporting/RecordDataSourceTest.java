package com.fours.workbench.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;

class RecordDataSourceTest {

    private record Line(String part, int quantity) {
    }

    private static JRDesignField field(String name) {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        return field;
    }

    @Test
    void readsRecordComponentsByFieldName() throws JRException {
        RecordDataSource rows = new RecordDataSource(List.of(new Line("机油滤清器", 2), new Line("刹车片", 4)));

        assertThat(rows.next()).isTrue();
        assertThat(rows.getFieldValue(field("part"))).isEqualTo("机油滤清器");
        assertThat(rows.getFieldValue(field("quantity"))).isEqualTo(2);
        assertThat(rows.next()).isTrue();
        assertThat(rows.getFieldValue(field("part"))).isEqualTo("刹车片");
        assertThat(rows.next()).isFalse();
    }

    @Test
    void startsOverAfterMoveFirst() throws JRException {
        RecordDataSource rows = new RecordDataSource(List.of(new Line("a", 1)));
        while (rows.next()) {
            // read to the end
        }

        rows.moveFirst();

        assertThat(rows.next()).isTrue();
        assertThat(rows.getFieldValue(field("part"))).isEqualTo("a");
    }

    @Test
    void namesTheMissingComponent() {
        RecordDataSource rows = new RecordDataSource(List.of(new Line("a", 1)));
        rows.next();

        assertThatThrownBy(() -> rows.getFieldValue(field("price")))
                .isInstanceOf(JRException.class)
                .hasMessageContaining("price")
                .hasMessageContaining("Line");
    }
}
