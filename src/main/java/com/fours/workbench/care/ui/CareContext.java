package com.fours.workbench.care.ui;

import java.time.Clock;
import javafx.stage.Window;

import com.fours.workbench.care.CallbackService;
import com.fours.workbench.care.CareFiguresService;
import com.fours.workbench.care.CarePrints;
import com.fours.workbench.care.QuestionnaireService;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/**
 * What the Customer care tab's callback screens need. {@code raiseComplaint} is where "Raise a
 * complaint" goes (the complaints section, wired in app/); null hides the button. {@code prints} and
 * {@code reports} make and preview the monthly satisfaction report.
 */
public record CareContext(CallbackService callbacks, QuestionnaireService questionnaires, CareFiguresService figures,
                          Session session, Clock clock, Messages messages, Background background, ErrorReporter errors,
                          Window window, ComplaintHandOver raiseComplaint, CarePrints prints,
                          ReportEngine reports) {

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
