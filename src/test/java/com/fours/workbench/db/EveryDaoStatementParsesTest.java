package com.fours.workbench.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every statement a DAO declares is parsed by H2 against the migrated schema. A statement glued
 * from constants and text blocks can lose the space between two words (a text block drops a
 * line's trailing blanks and a one-line block's leading ones): it compiles, and fails only when a
 * user opens the screen that runs it. This finds it at build time, with the method that holds it.
 */
class EveryDaoStatementParsesTest {

    @TempDir
    Path folder;

    @Test
    void everyDeclaredStatementIsValidSqlOnTheCurrentSchema() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.embedded(folder, "workbench");
        Database.open(settings).close();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            for (Method method : daoMethods()) {
                String sql = statementOf(method);
                if (sql == null || sql.isBlank() || namesTablesAtRunTime(method)) {
                    continue;
                }
                checked++;
                try {
                    connection.prepareStatement(placeholders(sql)).close();
                } catch (SQLException e) {
                    broken.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + ": "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).as("statements found").isGreaterThan(300);
    }

    /** Jdbi's {@code :name} and {@code <list>} become JDBC's {@code ?}, as Jdbi does before it prepares. */
    static String placeholders(String sql) {
        return sql.replaceAll("<\\w+>", "?").replaceAll("(?<![:\\w']):[a-zA-Z_][\\w.]*", "?");
    }

    /** A statement whose table or column names are {@code @Define}d is only whole when it runs. */
    private static boolean namesTablesAtRunTime(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(Define.class));
    }

    private static String statementOf(Method method) {
        for (Annotation annotation : method.getDeclaredAnnotations()) {
            if (annotation instanceof SqlQuery q) {
                return q.value();
            }
            if (annotation instanceof SqlUpdate u) {
                return u.value();
            }
            if (annotation instanceof SqlBatch b) {
                return b.value();
            }
        }
        return null;
    }

    private static List<Method> daoMethods() {
        List<Method> methods = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.fours.workbench")) {
            if (type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(SqlQuery.class)
                    || m.isAnnotatedWith(SqlUpdate.class) || m.isAnnotatedWith(SqlBatch.class))) {
                methods.addAll(List.of(type.reflect().getDeclaredMethods()));
            }
        }
        return methods;
    }
}
