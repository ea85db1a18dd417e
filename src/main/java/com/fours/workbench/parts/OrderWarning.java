package com.fours.workbench.parts;

import java.util.List;

/**
 * Something an order does outside its supplier's agreement: a translatable key with its arguments,
 * and the line it concerns (0-based), or null when it concerns the whole order.
 */
public record OrderWarning(Integer lineIndex, String messageKey, List<String> arguments) {

    public OrderWarning {
        arguments = List.copyOf(arguments);
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
