package com.fours.workbench.staff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.care.CareFigures;
import com.fours.workbench.care.CareFiguresService;
import com.fours.workbench.cashier.CashUpService;
import com.fours.workbench.dashboard.DashboardService;
import com.fours.workbench.dashboard.FigureUnit;
import com.fours.workbench.dashboard.TechnicianFigures;
import com.fours.workbench.parts.FiguresService;
import com.fours.workbench.parts.StockFigures;
import com.fours.workbench.qc.FixRate;
import com.fours.workbench.qc.FixRateFigures;

/**
 * The figures an employee's role is measured by (decision 0101), each read from the code that owns
 * it, restricted to the employee; then the training participation. A figure with nothing behind it
 * is null: "no data".
 */
final class AppraisalFigures {

    private AppraisalFigures() {
    }

    static List<AppraisalFigure> read(Handle handle, StaffMember m, LocalDate from, LocalDate to, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<AppraisalFigure> list = new ArrayList<>();
        switch (m.role()) {
            case SERVICE_ADVISOR -> {
                DashboardService.AdvisorSales sales = DashboardService.advisorSales(handle, from, to, m.username());
                list.add(new AppraisalFigure("carCount", FigureUnit.COUNT, BigDecimal.valueOf(sales.cars())));
                list.add(new AppraisalFigure("averageBill", FigureUnit.MONEY, sales.averageBill()));
                CareFigures.Line csi = CareFiguresService.advisorCsi(handle, start, end, m.name());
                list.add(new AppraisalFigure("csi", FigureUnit.NUMBER, csi.csi()));
                list.add(new AppraisalFigure("complaints", FigureUnit.COUNT,
                        BigDecimal.valueOf(CareFiguresService.complaintsOfAdvisor(handle, start, end, m.username()))));
            }
            case TECHNICIAN, TEAM_LEAD -> {
                TechnicianFigures t = DashboardService.technicians(handle, from, to, zone).stream()
                        .filter(f -> f.username().equals(m.username())).findFirst().orElse(null);
                list.add(new AppraisalFigure("hoursSold", FigureUnit.HOURS, t == null ? BigDecimal.ZERO.setScale(2) : t.book()));
                list.add(new AppraisalFigure("efficiency", FigureUnit.PERCENT, t == null ? null : t.efficiency()));
                FixRate fix = FixRateFigures.rates(handle, start, end, "").stream()
                        .filter(r -> !r.workGroup() && r.name().equals(m.name())).findFirst().orElse(null);
                list.add(new AppraisalFigure("firstTimeFix", FigureUnit.PERCENT, fix == null ? null : fix.percent()));
                list.add(new AppraisalFigure("failedRounds", FigureUnit.COUNT,
                        BigDecimal.valueOf(fix == null ? 0 : fix.failedRounds())));
                list.add(new AppraisalFigure("comebacks", FigureUnit.COUNT,
                        BigDecimal.valueOf(FixRateFigures.comebacksOf(handle, start, end, m.id()))));
            }
            case CASHIER -> {
                CashUpService.CashierTally c = CashUpService.cashierTally(handle, from, to, m.username());
                list.add(new AppraisalFigure("billsVoided", FigureUnit.COUNT, BigDecimal.valueOf(c.voided())));
                boolean closed = c.daysClosed() > 0;
                list.add(new AppraisalFigure("cashDifferenceDays", FigureUnit.COUNT,
                        closed ? BigDecimal.valueOf(c.daysWithDifference()) : null));
                list.add(new AppraisalFigure("cashDifferences", FigureUnit.MONEY, closed ? c.differences().amount() : null));
            }
            case WAREHOUSE_CLERK -> {
                StockFigures stock = FiguresService.figures(handle, from, to, start, end);
                list.add(new AppraisalFigure("fillRate", FigureUnit.PERCENT,
                        stock.linesRequested() == 0 ? null : stock.fillRatePercent()));
                FiguresService.CountTally count = FiguresService.countVariances(handle, start, end, m.username());
                list.add(new AppraisalFigure("linesCounted", FigureUnit.COUNT, BigDecimal.valueOf(count.counted())));
                list.add(new AppraisalFigure("countVariances", FigureUnit.COUNT,
                        count.counted() == 0 ? null : BigDecimal.valueOf(count.variances())));
            }
            case CUSTOMER_SERVICE_AGENT -> {
                CareFigures.Summary calls = CareFiguresService.agentCallbacks(handle, start, end, m.username());
                list.add(new AppraisalFigure("callbacksClosed", FigureUnit.COUNT, BigDecimal.valueOf(calls.due())));
                list.add(new AppraisalFigure("callbackRate", FigureUnit.PERCENT, calls.callbackRate()));
            }
            default -> {
                // the inspector and the manager are judged on the marks and the training alone
            }
        }
        TrainingParticipation t = TrainingService.participation(handle, m.id(), from, to);
        list.add(new AppraisalFigure("trainings", FigureUnit.COUNT, BigDecimal.valueOf(t.courses())));
        list.add(new AppraisalFigure("trainingHours", FigureUnit.HOURS, t.hours().setScale(2)));
        list.add(new AppraisalFigure("trainingsPassed", FigureUnit.COUNT, BigDecimal.valueOf(t.passed())));
        return list;
    }
}
