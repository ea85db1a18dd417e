package com.fours.workbench.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A form was refused; each refused field carries its own reason, shown next to that field. */
public class InvalidFieldsException extends BusinessRuleException {

    private final transient Map<String, BusinessRuleException> byField;

    public InvalidFieldsException(Map<String, BusinessRuleException> byField) {
        super("form.invalidFields", byField.size());
        this.byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public Map<String, BusinessRuleException> byField() {
        return byField;
    }

    /** Collects the refusals of one form, field by field, in the order they were checked. */
    public static final class Collector {
        private final Map<String, BusinessRuleException> errors = new LinkedHashMap<>();

        public <T> T check(String field, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (BusinessRuleException e) {
                errors.put(field, e);
                return null;
            }
        }

        public void reject(String field, BusinessRuleException reason) {
            errors.putIfAbsent(field, reason);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(errors);
            }
        }
    }
}
