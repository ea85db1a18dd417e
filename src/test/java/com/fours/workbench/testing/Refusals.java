package com.fours.workbench.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.db.Transactions;

/**
 * What the hostile-input tests assert of a service call: a clean refusal (a translatable
 * {@link BusinessRuleException}, never a database or programming error) that leaves the tables as they
 * were, or a faithful save; and that a test feeds every input method of its services
 * ({@link HostileInput#inputMethods}).
 */
public final class Refusals {

    private Refusals() {
    }

    /** Runs {@code call}, which must be refused with a business rule; anything else fails the test. */
    public static BusinessRuleException refused(ThrowingCallable call) {
        try {
            call.call();
        } catch (BusinessRuleException refusal) {
            return refusal;
        } catch (Throwable other) {
            throw new AssertionError("Expected a business-rule refusal, got " + other, other);
        }
        return fail("Expected a business-rule refusal, but it was accepted");
    }

    /** The message key of a refusal, or of its field when the refusal names fields. */
    public static String keyOf(BusinessRuleException refusal, String field) {
        if (refusal instanceof InvalidFieldsException fields && field != null) {
            assertThat(fields.byField()).as("refused fields").containsKey(field);
            return fields.byField().get(field).messageKey();
        }
        return refusal.messageKey();
    }

    /** Refused with {@code key}, on {@code field} when the refusal names fields (field may be null). */
    public static void refusedWith(String key, String field, ThrowingCallable call) {
        assertThat(keyOf(refused(call), field)).as("message key").isEqualTo(key);
    }

    /**
     * The methods a hostile-input test lists as exercised, as "Service.method(Types)", are exactly the
     * input methods of its services: a new input method fails the test until it is fed hostile input.
     */
    public static void assertCovers(Set<String> listed, Class<?>... services) {
        Set<String> expected = new TreeSet<>();
        for (Class<?> service : services) {
            HostileInput.inputMethods(service).forEach(m -> expected.add(service.getSimpleName() + "." + m));
        }
        assertThat(new TreeSet<>(listed)).as("input methods fed hostile input").isEqualTo(expected);
    }

    /** The keys of a refusal: its own, and for a refused form each field's. */
    public static Set<String> keys(BusinessRuleException e) {
        Set<String> keys = new TreeSet<>();
        keys.add(e.messageKey());
        if (e instanceof InvalidFieldsException fields) {
            fields.byField().values().forEach(f -> keys.add(f.messageKey()));
        }
        return keys;
    }

    /** The call must be refused with this key (or a refused form with this key at one of its fields). */
    public static BusinessRuleException refused(String key, Callable<?> call) {
        Object result;
        try {
            result = call.call();
        } catch (BusinessRuleException e) {
            assertThat(keys(e)).as("keys of the refusal %s", e.getMessage()).contains(key);
            return e;
        } catch (Exception | Error e) {
            throw new AssertionError("expected a refusal with key " + key + " but got " + e, e);
        }
        return fail("expected a refusal with key %s but the call returned %s", key, result);
    }

    /** An action that returns nothing, for the void service methods. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    public static BusinessRuleException refused(String key, Action action) {
        return refused(key, () -> {
            action.run();
            return "nothing";
        });
    }

    public static BusinessRuleException refusedUnchanged(String key, Transactions db, Collection<String> tables,
                                                         Action action) {
        return refusedUnchanged(key, db, tables, () -> {
            action.run();
            return "nothing";
        });
    }

    /** The call is refused with this key and leaves the tables as they were. */
    public static BusinessRuleException refusedUnchanged(String key, Transactions db, Collection<String> tables,
                                                         Callable<?> call) {
        Map<String, List<Map<String, Object>>> before = snapshot(db, tables);
        BusinessRuleException e = refused(key, call);
        assertThat(snapshot(db, tables)).as("tables after the refusal %s", key).isEqualTo(before);
        return e;
    }

    /** The call either saves or is refused cleanly; anything else (a database error) fails the test. */
    public static <T> T cleanOutcome(Callable<T> call) {
        try {
            return call.call();
        } catch (BusinessRuleException e) {
            return null;
        } catch (Exception | Error e) {
            throw new AssertionError("expected a save or a clean refusal but got " + e, e);
        }
    }

    /** Every row of each table, by its first column, to compare before and after a refused call. */
    public static Map<String, List<Map<String, Object>>> snapshot(Transactions db, Collection<String> tables) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        db.read(handle -> {
            for (String table : tables) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Map<String, Object> row : handle.createQuery("SELECT * FROM " + table + " ORDER BY 1").mapToMap()) {
                    Map<String, Object> comparable = new LinkedHashMap<>(row);
                    // a photo's bytes compare by content, not by which array holds them
                    comparable.replaceAll((column, value) -> value instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : value);
                    list.add(comparable);
                }
                rows.put(table, list);
            }
            return null;
        });
        return rows;
    }
}
