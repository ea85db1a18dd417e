package com.fours.workbench.reporting;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Rows of a report from a list of records: the report field {@code actor} reads the record
 * component {@code actor()}. JasperReports' bean data source cannot read records (they have no
 * getters), so feature modules pass {@code List<SomeRecord>} through this.
 */
public final class RecordDataSource implements JRRewindableDataSource {

    /** Component accessors per record class, by component name; computed once per class. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                // a record declared non-public (package-private, nested private) is still readable
                accessor.trySetAccessible();
                accessors.put(component.getName(), accessor);
            }
            return Collections.unmodifiableMap(accessors);
        }
    };

    private final List<? extends Record> rows;
    private int index = -1;

    /** @param rows the report rows in print order; copied, no nulls */
    public RecordDataSource(List<? extends Record> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public boolean next() {
        if (index + 1 >= rows.size()) {
            return false;
        }
        index++;
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        if (index < 0 || index >= rows.size()) {
            throw new JRException("No current row: call next() first");
        }
        Record row = rows.get(index);
        Method accessor = ACCESSORS.get(row.getClass()).get(field.getName());
        if (accessor == null) {
            throw new JRException("Report field '" + field.getName() + "' has no component of that name in "
                    + row.getClass().getName() + " " + ACCESSORS.get(row.getClass()).keySet());
        }
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Cannot read component '" + field.getName() + "' of " + row.getClass().getName(), e);
        }
    }

    @Override
    public void moveFirst() {
        index = -1;
    }
}
