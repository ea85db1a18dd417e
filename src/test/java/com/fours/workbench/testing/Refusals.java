package com.fours.workbench.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.db.Transactions;

/**
 * What the hostile-input tests assert: a refusal is a translatable {@link BusinessRuleException},
 * never a database or programming error, and it leaves the tables as they were.
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

    /** Row counts of these tables, to compare before and after a refusal. */
    public static Map<String, Long> rowCounts(Transactions transactions, Set<String> tables) {
        return transactions.read(handle -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                counts.put(table, handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            }
            return counts;
        });
    }
}
