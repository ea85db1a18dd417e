package com.fours.workbench.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fours.workbench.care.CareFigures;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.StockFigures;
import com.fours.workbench.qc.FixRate;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;

/**
 * The figures of one period (decision 0095). Cars and money come from the bills issued in the
 * period and not reversed (台次: repair orders billed); hours sold are their labour lines' hours and
 * the labour revenue those lines' totals after discount. Each ratio is null when the period has
 * nothing to divide by, shown as "no data".
 */
public record DashboardFigures(DashboardPeriod period, int carCount, List<DayCount> carsByDay, List<KindCount> carsByKind,
                               Revenue revenue, List<PayerAmount> revenueByPayer, BigDecimal hoursSold,
                               Money labourRevenue, List<TechnicianFigures> technicians, FixRate fixRate, int comebacks,
                               int bookings, int arrived, int noShows, BigDecimal capacityHours, BigDecimal bookedHours,
                               StockFigures stock, CareFigures.Summary care) {

    /** Cars billed on a day (or, for a long period, in the month starting that day). */
    public record DayCount(LocalDate day, int cars) {
    }

    /** Cars billed with labour of this repair category; null for orders billed with no labour line. */
    public record KindCount(RepairCategory category, int cars) {
    }

    /**
     * Amounts on the bills (tax included), before and after the discounts. Parts and the total include
     * the parts sold over the counter (parts sales' bills less their returns), which
     * {@code counterSales} shows alone (after discount); they are no car visit (decision 0109).
     */
    public record Revenue(Money labour, Money parts, Money other, Money discount, Money total, Money counterSales) {

        /** What the cars' bills came to: the total without the counter sales. */
        public Money workshop() {
            return total.minus(counterSales);
        }
    }

    public record PayerAmount(Payer payer, Money amount) {
    }

    /** 客单价: the cars' bills' total per car (counter sales are no car's). */
    public BigDecimal averageBill() {
        return Ratios.per(revenue.workshop().amount(), BigDecimal.valueOf(carCount), 2);
    }

    public BigDecimal hoursPerOrder() {
        return Ratios.per(hoursSold, BigDecimal.valueOf(carCount), 2);
    }

    /** Labour revenue per hour sold. */
    public BigDecimal effectiveLabourRate() {
        return Ratios.per(labourRevenue.amount(), hoursSold, 2);
    }

    public BigDecimal availableHours() {
        return sum(TechnicianFigures::available);
    }

    public BigDecimal clockedHours() {
        return sum(TechnicianFigures::clocked);
    }

    public BigDecimal bookHours() {
        return sum(TechnicianFigures::book);
    }

    public BigDecimal clockedOnFinished() {
        return sum(TechnicianFigures::clockedOnFinished);
    }

    /** Clocked hours against the hours the technicians were available, in percent. */
    public BigDecimal productivity() {
        return Ratios.percent(clockedHours(), availableHours());
    }

    /** Book hours against the hours clocked on the finished lines, in percent. */
    public BigDecimal efficiency() {
        return Ratios.percent(bookHours(), clockedOnFinished());
    }

    public BigDecimal firstTimeFixRate() {
        return fixRate.percent();
    }

    /** Arrived of the bookings that arrived or did not show, in percent. */
    public BigDecimal showRate() {
        return Ratios.percent(arrived, arrived + noShows);
    }

    /** Hours booked against the workshop's available hours, in percent. */
    public BigDecimal capacityUse() {
        return Ratios.percent(bookedHours, capacityHours);
    }

    /** Cost of parts issued against the average stock value; null when there was no stock. */
    public BigDecimal partsTurnover() {
        return stock.averageStockValue().amount().signum() == 0 ? null : stock.turnover();
    }

    /** Lines served from stock at once against lines requested, in percent. */
    public BigDecimal fillRate() {
        return Ratios.percent(stock.linesFromStock(), stock.linesRequested());
    }

    public BigDecimal callbackRate() {
        return care.callbackRate();
    }

    public BigDecimal csi() {
        return care.csi();
    }

    private BigDecimal sum(java.util.function.Function<TechnicianFigures, BigDecimal> hours) {
        return technicians.stream().map(hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
