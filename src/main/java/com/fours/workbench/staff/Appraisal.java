package com.fours.workbench.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fours.workbench.security.Role;

/** One employee's appraisal of one period, with the figures it was filled with. */
public record Appraisal(long id, long userId, String employeeUsername, String employeeName, Role role,
                        AppraisalPeriodKind periodKind, LocalDate from, LocalDate to, AppraisalMarks marks,
                        String managerName, Instant managerSignedAt, Instant employeeSignedAt, int version,
                        List<AppraisalFigure> figures) {

    public Appraisal {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public AppraisalStatus status() {
        if (employeeSignedAt != null) {
            return AppraisalStatus.SIGNED;
        }
        return managerSignedAt != null ? AppraisalStatus.MANAGER_SIGNED : AppraisalStatus.DRAFT;
    }

    Appraisal withFigures(List<AppraisalFigure> list) {
        return new Appraisal(id, userId, employeeUsername, employeeName, role, periodKind, from, to, marks, managerName,
                managerSignedAt, employeeSignedAt, version, list);
    }
}
