package com.fours.workbench.suppliers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import com.fours.workbench.core.Money;

/**
 * One supplier's figures for a period and its score. Each rate is a percentage (one decimal) or
 * null when the period holds nothing to measure it by; the score weighs only the rates it has.
 */
public record SupplierScore(long supplierId, String supplierCode, String supplierName, LocalDate from, LocalDate to,
                            int deliveries, int onTimeDeliveries, BigDecimal orderedQuantity, BigDecimal filledQuantity,
                            int pricedLines, int linesAtAgreedPrice, Money priceDifference, BigDecimal receivedQuantity,
                            BigDecimal returnedQuantity, BigDecimal onTimeRate, BigDecimal fillRate, BigDecimal priceRate,
                            BigDecimal returnRate, BigDecimal score, List<Delivery> deliveryLines, List<FillLine> fillLines,
                            List<PriceLine> priceLines) {

    public SupplierScore {
        deliveryLines = List.copyOf(deliveryLines);
        fillLines = List.copyOf(fillLines);
        priceLines = List.copyOf(priceLines);
    }

    /** A delivery against an order: the day it was due (order day + lead time) and the day it came. */
    public record Delivery(String orderNumber, LocalDate ordered, int leadDays, LocalDate expected, LocalDate received) {
        public boolean onTime() {
            return !received.isAfter(expected);
        }
    }

    /** A line of an order sent in the period: ordered, received by the period's end, and its fill rate. */
    public record FillLine(String orderNumber, int lineNo, String partNumber, BigDecimal ordered, BigDecimal received) {
        public BigDecimal rate() {
            return percent(received.min(ordered), ordered);
        }
    }

    /**
     * A received line and the price it is measured against: the agreed price valid on the day, or
     * without one the ordered price; {@code difference} = (received - reference) x quantity.
     */
    public record PriceLine(LocalDate received, String partNumber, String partName, BigDecimal quantity,
                            BigDecimal unitPrice, BigDecimal reference, boolean agreed) {
        public Money difference() {
            return Money.of(unitPrice.subtract(reference).multiply(quantity));
        }
    }

    /** part of whole as a percentage with one decimal, half-up; null when whole is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
