package com.fours.workbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** No code path can change or remove an audit row. */
class AuditLogIsAppendOnlyTest {

    @Test
    void theAuditDaoOnlyInsertsAndReads() {
        for (Method method : AuditDao.class.getDeclaredMethods()) {
            SqlUpdate update = method.getAnnotation(SqlUpdate.class);
            if (update != null) {
                assertThat(update.value().strip()).as(method.getName()).startsWithIgnoringCase("INSERT INTO audit_log");
            }
            SqlQuery query = method.getAnnotation(SqlQuery.class);
            if (query != null) {
                assertThat(query.value().strip()).as(method.getName()).startsWithIgnoringCase("SELECT");
            }
        }
    }

    @Test
    void noStatementAnywhereUpdatesOrDeletesTheAuditLog() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.fours.workbench");
        List<String> offending = classes.stream()
                .flatMap(c -> c.getMethods().stream())
                .flatMap(m -> Arrays.stream(m.reflect().getAnnotations()))
                .map(Object::toString)
                .filter(text -> text.matches("(?is).*(UPDATE\\s+audit_log|DELETE\\s+FROM\\s+audit_log).*"))
                .toList();
        assertThat(offending).isEmpty();
    }
}
