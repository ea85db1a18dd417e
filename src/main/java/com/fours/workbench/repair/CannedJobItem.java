package com.fours.workbench.repair;

import java.math.BigDecimal;

/** An operation (quantity = hours, usually its standard hours) or a part (quantity in its unit) of a canned job. */
public record CannedJobItem(int itemNo, Long operationId, Long partId, String code, String name, BigDecimal quantity) {

    public static CannedJobItem operation(long operationId, BigDecimal hours) {
        return new CannedJobItem(0, operationId, null, null, null, hours);
    }

    public static CannedJobItem part(long partId, BigDecimal quantity) {
        return new CannedJobItem(0, null, partId, null, null, quantity);
    }
}
