package com.fours.workbench.staff;

import java.math.BigDecimal;

import com.fours.workbench.dashboard.FigureUnit;

/** One figure of an appraisal, named by {@code key} ({@code staff.figure.<key>}); a null value is "no data". */
public record AppraisalFigure(String key, FigureUnit unit, BigDecimal value) {

    public String messageKey() {
        return switch (key) {
            case "carCount" -> "staff.figure.carCount";
            case "averageBill" -> "staff.figure.averageBill";
            case "csi" -> "staff.figure.csi";
            case "complaints" -> "staff.figure.complaints";
            case "hoursSold" -> "staff.figure.hoursSold";
            case "efficiency" -> "staff.figure.efficiency";
            case "firstTimeFix" -> "staff.figure.firstTimeFix";
            case "failedRounds" -> "staff.figure.failedRounds";
            case "comebacks" -> "staff.figure.comebacks";
            case "billsVoided" -> "staff.figure.billsVoided";
            case "cashDifferenceDays" -> "staff.figure.cashDifferenceDays";
            case "cashDifferences" -> "staff.figure.cashDifferences";
            case "fillRate" -> "staff.figure.fillRate";
            case "linesCounted" -> "staff.figure.linesCounted";
            case "countVariances" -> "staff.figure.countVariances";
            case "callbacksClosed" -> "staff.figure.callbacksClosed";
            case "callbackRate" -> "staff.figure.callbackRate";
            case "trainings" -> "staff.figure.trainings";
            case "trainingHours" -> "staff.figure.trainingHours";
            case "trainingsPassed" -> "staff.figure.trainingsPassed";
            default -> throw new IllegalStateException("no such figure: " + key);
        };
    }
}
