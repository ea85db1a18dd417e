package com.fours.workbench.qc.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.ItemCheck;
import com.fours.workbench.qc.ItemResult;
import com.fours.workbench.qc.MaintenanceInterval;
import com.fours.workbench.qc.QcLevel;
import com.fours.workbench.qc.QcOrderRow;
import com.fours.workbench.qc.QcSheet;
import com.fours.workbench.qc.QcSignOff;
import com.fours.workbench.qc.Release;
import com.fours.workbench.qc.RoadTest;
import com.fours.workbench.qc.RoadTestStatus;
import com.fours.workbench.qc.Signature;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.FieldErrors;

/**
 * The QC sheet: the orders in QC with the level each waits for, the chosen order's checklist,
 * its signatures and rework rounds, and the commands to sign, fail with a reason, print the
 * report, issue and print the certificate. Every call runs in the background.
 */
public final class QcSheetViewModel {


    private final QcContext context;
    private final Messages messages;
    private final ObservableList<QcOrderRow> orders = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<QcOrderRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<QcSheet> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty details = new SimpleStringProperty(this, "details", "");
    private final StringProperty waiting = new SimpleStringProperty(this, "waiting", "");
    private final StringProperty signatures = new SimpleStringProperty(this, "signatures", "");
    private final StringProperty release = new SimpleStringProperty(this, "release", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty exitMileage = new SimpleStringProperty(this, "exitMileage", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty canSign = new SimpleBooleanProperty(this, "canSign");
    private final BooleanProperty finalLevel = new SimpleBooleanProperty(this, "finalLevel");
    private final BooleanProperty canIssue = new SimpleBooleanProperty(this, "canIssue");
    private final BooleanProperty canPrintCertificate = new SimpleBooleanProperty(this, "canPrintCertificate");
    private final StringProperty whoSigns = new SimpleStringProperty(this, "whoSigns", "");
    private final StringProperty next = new SimpleStringProperty(this, "next", "");
    private final BooleanProperty confirmed = new SimpleBooleanProperty(this, "confirmed");
    private final BooleanProperty failSent = new SimpleBooleanProperty(this, "failSent");
    private final StringProperty roadTest = new SimpleStringProperty(this, "roadTest", "");
    private final BooleanProperty roadTestMissing = new SimpleBooleanProperty(this, "roadTestMissing");
    private final BooleanProperty canRecordRoadTest = new SimpleBooleanProperty(this, "canRecordRoadTest");
    private final BooleanProperty roadTestShown = new SimpleBooleanProperty(this, "roadTestShown");
    private final StringProperty roadTestBy = new SimpleStringProperty(this, "roadTestBy", "");
    private final StringProperty roadTestStart = new SimpleStringProperty(this, "roadTestStart", "");
    private final StringProperty roadTestEnd = new SimpleStringProperty(this, "roadTestEnd", "");
    private final BooleanProperty roadTestPassed = new SimpleBooleanProperty(this, "roadTestPassed", true);
    private final StringProperty roadTestRemarks = new SimpleStringProperty(this, "roadTestRemarks", "");
    private final FieldErrors errors = new FieldErrors();

    public QcSheetViewModel(QcContext context) {
        this.context = context;
        this.messages = context.messages();
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                // a sheet just signed stays on screen with its confirmation, though its order left the list
                if (next.get().isEmpty()) {
                    show(null);
                }
            } else if (old == null || old.repairOrderId() != now.repairOrderId()) {
                // the list is read again after a sign-off: the same order chosen again keeps its confirmation
                if (sheet.get() == null || sheet.get().repairOrderId() != now.repairOrderId()) {
                    clearConfirmation();
                }
                load(now.repairOrderId());
            }
        });
    }

    public ObservableList<QcOrderRow> orders() {
        return orders;
    }

    public ObservableList<CheckRow> rows() {
        return rows;
    }

    public ObjectProperty<QcOrderRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<QcSheet> sheetProperty() {
        return sheet;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public StringProperty waitingProperty() {
        return waiting;
    }

    public StringProperty signaturesProperty() {
        return signatures;
    }

    public StringProperty releaseProperty() {
        return release;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty exitMileageProperty() {
        return exitMileage;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty canSignProperty() {
        return canSign;
    }

    public BooleanProperty finalLevelProperty() {
        return finalLevel;
    }

    public BooleanProperty canIssueProperty() {
        return canIssue;
    }

    public BooleanProperty canPrintCertificateProperty() {
        return canPrintCertificate;
    }

    /** Why this user cannot sign the level the sheet waits for; empty when they can. */
    public StringProperty whoSignsProperty() {
        return whoSigns;
    }

    /** After a sign-off: what comes next for the order; empty otherwise. */
    public StringProperty nextProperty() {
        return next;
    }

    /** The message confirms a sign-off or a certificate (rather than a refusal). */
    public BooleanProperty confirmedProperty() {
        return confirmed;
    }

    /** Turns true when a confirmed failure was signed: the confirmation closes. */
    public BooleanProperty failSentProperty() {
        return failSent;
    }

    /** The road test of the order: not required, required and missing, failed, or done (by whom, which km). */
    public StringProperty roadTestProperty() {
        return roadTest;
    }

    /** The work needs a road test the final check cannot pass without (missing or failed). */
    public BooleanProperty roadTestMissingProperty() {
        return roadTestMissing;
    }

    /** The work needs a road test or one was recorded: the sheet shows the road test. */
    public BooleanProperty roadTestShownProperty() {
        return roadTestShown;
    }

    /** The order is in QC and its work needs a road test it lacks (or whose last one failed): one may be recorded. */
    public BooleanProperty canRecordRoadTestProperty() {
        return canRecordRoadTest;
    }

    public StringProperty roadTestByProperty() {
        return roadTestBy;
    }

    public StringProperty roadTestStartProperty() {
        return roadTestStart;
    }

    public StringProperty roadTestEndProperty() {
        return roadTestEnd;
    }

    public BooleanProperty roadTestPassedProperty() {
        return roadTestPassed;
    }

    public StringProperty roadTestRemarksProperty() {
        return roadTestRemarks;
    }

    public StringProperty errorOf(String field) {
        return errors.of(field);
    }

    private Long wanted;

    /** The list again; the chosen order stays chosen (and is read again) while it is in the list. */
    public void refresh() {
        refresh(null);
    }

    /** The list again with this order chosen, when it is in the list: a link of the home page. */
    public void open(long orderId) {
        wanted = orderId;
        refresh(orderId);
    }

    private void refresh(Long asked) {
        context.background().run(() -> context.sheets().orders(), loaded -> {
            // an order asked for wins; otherwise the order chosen when the list comes back, not when
            // it was asked for: a home-page link opens the tab (one refresh) and asks for its order
            // (another), and whichever came back last used to drop the order the link had chosen
            Long keep = wanted != null ? wanted : asked != null ? asked
                    : selected.get() == null ? null : selected.get().repairOrderId();
            wanted = null;
            orders.setAll(loaded);
            QcOrderRow again = loaded.stream().filter(r -> keep != null && r.repairOrderId() == keep).findFirst()
                    .orElse(null);
            if (again == null) {
                selected.set(null);
            } else {
                selected.set(again);
                load(again.repairOrderId());
            }
        }, this::fail);
    }

    private void load(long orderId) {
        context.background().run(() -> context.sheets().sheet(orderId), this::show, this::fail);
    }

    private void show(QcSheet s) {
        sheet.set(s);
        errors.clear();
        reason.set("");
        exitMileage.set("");
        if (s == null) {
            rows.clear();
            title.set("");
            details.set("");
            waiting.set("");
            signatures.set("");
            release.set("");
            canSign.set(false);
            finalLevel.set(false);
            canIssue.set(false);
            canPrintCertificate.set(false);
            whoSigns.set("");
            roadTest.set("");
            roadTestMissing.set(false);
            roadTestShown.set(false);
            canRecordRoadTest.set(false);
            return;
        }
        rows.setAll(s.checklist().stream().map(CheckRow::new).toList());
        title.set(messages.get("qc.ui.sheet.title", s.orderNumber(), s.plate() == null ? "" : s.plate(), s.model()));
        String categories = s.categories().isEmpty() ? "—"
                : s.categories().stream().map(messages::of).collect(Collectors.joining(", "));
        String comeback = s.comeback() == null ? "" : " · " + messages.get("qc.ui.sheet.comeback",
                s.comeback().earlierOrderNumber(), s.comeback().earlierExitDate());
        details.set(messages.get("qc.ui.sheet.details", s.customerName(), s.intakeMileage(), categories,
                s.certificateRequired() ? messages.get("qc.ui.sheet.certificateRequired")
                        : messages.get("qc.ui.sheet.certificateOptional")) + comeback);
        QcLevel level = s.waitingFor();
        waiting.set(level == null ? messages.get("qc.ui.sheet.notWaiting", messages.of(s.status()))
                : messages.get("qc.ui.sheet.waiting", messages.of(level), s.roundNo(), messages.of(level.role())));
        signatures.set(s.signatures().stream().map(this::describe).collect(Collectors.joining("\n")));
        Release r = s.release();
        release.set(r == null ? "" : messages.get("qc.ui.sheet.release", r.exitDate(), r.exitMileage(), r.guaranteeUntil(),
                r.guaranteeUntilKm()) + (s.certificate() == null ? "" : " · " + messages.get("qc.ui.sheet.certificate",
                s.certificate().number())) + nextService(s));
        String notSigner = level == null ? "" : whyNotSigner(s, level);
        whoSigns.set(notSigner);
        canSign.set(level != null && notSigner.isEmpty());
        finalLevel.set(level == QcLevel.FINAL_CHECK);
        canIssue.set(r != null && s.certificate() == null && context.session().may(Permission.SIGN_FINAL_CHECK));
        canPrintCertificate.set(s.certificate() != null);
        showRoadTest(s);
    }

    /** After a maintenance: when the car is next due, as the hand-back and the bill will say. */
    private String nextService(QcSheet s) {
        MaintenanceInterval.NextService next = s.nextService();
        if (next == null || next.date() == null && next.mileage() == null) {
            return "";
        }
        Formats formats = Formats.of(messages.locale());
        return "\n" + messages.get("qc.ui.sheet.nextService", next.date() == null ? "—" : formats.date(next.date()),
                next.mileage() == null ? "—" : formats.kmNumber(next.mileage()));
    }

    private void showRoadTest(QcSheet s) {
        RoadTest current = s.roadTest();
        RoadTestStatus status = s.roadTestStatus();
        String text = switch (status) {
            case NOT_REQUIRED -> current == null ? messages.get("qc.ui.roadTest.notRequired")
                    : messages.get("qc.ui.roadTest.doneOptional", describe(current));
            case MISSING -> messages.get("qc.ui.roadTest.missing");
            case FAILED -> messages.get("qc.ui.roadTest.failed", describe(current), current.remarks());
            case DONE -> messages.get("qc.ui.roadTest.done", describe(current));
        };
        roadTest.set(text);
        roadTestMissing.set(!status.allowsFinalCheck());
        // the sheet of work no rule names stays as it was; a road test is recorded while one is wanted
        roadTestShown.set(status != RoadTestStatus.NOT_REQUIRED || current != null);
        canRecordRoadTest.set(s.status() == RepairOrderStatus.IN_QC && s.release() == null
                && !status.allowsFinalCheck());
        roadTestBy.set(context.session().user().map(AuthenticatedUser::displayName).orElse(""));
        roadTestStart.set(String.valueOf(current == null ? s.intakeMileage() : current.endMileage()));
        roadTestEnd.set("");
        roadTestPassed.set(true);
        roadTestRemarks.set("");
    }

    private String describe(RoadTest t) {
        Formats formats = Formats.of(messages.locale());
        return messages.get("qc.ui.roadTest.describe", t.testedBy(), formats.kmNumber(t.startMileage()),
                formats.kmNumber(t.endMileage()), formats.kmNumber(t.distance()),
                formats.dateTime(t.recordedAt(), context.clock().getZone()));
    }

    /** Records the road test typed under the sheet; the sheet is read again and shows it. */
    public void recordRoadTest() {
        QcSheet s = sheet.get();
        if (s == null || !canRecordRoadTest.get()) {
            return;
        }
        errors.clear();
        clearConfirmation();
        String by = roadTestBy.get();
        String start = roadTestStart.get();
        String end = roadTestEnd.get();
        boolean passed = roadTestPassed.get();
        String remarks = roadTestRemarks.get();
        // the checklist answers typed so far stay: only the road test part of the sheet is read again
        context.background().run(() -> {
            context.roadTests().record(s.repairOrderId(), by, start, end, passed, remarks);
            return context.sheets().sheet(s.repairOrderId());
        }, again -> {
            message.set(messages.get(again.roadTest() != null && again.roadTest().passed()
                    ? "qc.ui.roadTest.recordedPassed" : "qc.ui.roadTest.recordedFailed", s.orderNumber()));
            confirmed.set(true);
            sheet.set(again);
            showRoadTest(again);
        }, this::fail);
    }

    /**
     * Why the logged-in user may not sign {@code level} of this sheet, told before they fill it in:
     * they lack the level's role, or they signed another level of the order. Empty when they may.
     */
    private String whyNotSigner(QcSheet s, QcLevel level) {
        AuthenticatedUser user = context.session().user().orElse(null);
        if (user == null || !user.may(level.permission())) {
            return messages.get("qc.ui.sheet.notYourLevel", messages.of(level), messages.of(level.role()));
        }
        for (Signature signed : s.signatures()) {
            if (signed.userId() == user.id() && signed.level() != level) {
                return messages.get("qc.ui.sheet.notTwice", messages.of(signed.level()), messages.of(level));
            }
        }
        return "";
    }

    private void clearConfirmation() {
        next.set("");
        confirmed.set(false);
        message.set("");
    }

    private String describe(Signature s) {
        ZoneId zone = context.clock().getZone();
        String when = Formats.of(messages.locale()).dateTime(s.signedAt(), zone);
        return s.passed()
                ? messages.get("qc.ui.sheet.signedPass", s.roundNo(), messages.of(s.level()), s.displayName(),
                        messages.of(s.signedAs()), when)
                : messages.get("qc.ui.sheet.signedFail", s.roundNo(), messages.of(s.level()), s.displayName(),
                        messages.of(s.signedAs()), when, s.reason());
    }

    /** Every item passed: the usual case, one key. */
    public void allPass() {
        rows.forEach(r -> r.resultProperty().set(ItemResult.PASS));
    }

    public void pass() {
        sign(true);
    }

    /**
     * Before the failure is confirmed: it needs its reason, asked next to the field. True when the
     * confirmation may be shown.
     */
    public boolean startFail() {
        QcSheet s = sheet.get();
        if (s == null || !canSign.get()) {
            return false;
        }
        errors.clear();
        clearConfirmation();
        failSent.set(false);
        if (reason.get() == null || reason.get().isBlank()) {
            errors.of(REASON).set(messages.get("qc.invalid.reasonRequired"));
            return false;
        }
        return true;
    }

    /** The question the confirmation asks: which level of which order fails, and what follows. */
    public String failQuestion() {
        QcSheet s = sheet.get();
        if (s == null || s.waitingFor() == null) {
            return "";
        }
        return messages.get("qc.ui.fail.question", messages.of(s.waitingFor()), s.orderNumber(),
                s.plate() == null ? "" : s.plate(), s.roundNo() + 1);
    }

    /** Signs the failure the user confirmed, with the reason typed. */
    public void fail() {
        sign(false);
    }

    private void sign(boolean passed) {
        QcSheet s = sheet.get();
        if (s == null || s.waitingFor() == null) {
            return;
        }
        QcLevel level = s.waitingFor();
        List<ItemCheck> checks = rows.stream().map(CheckRow::toCheck).filter(Objects::nonNull).toList();
        String why = reason.get();
        String mileage = exitMileage.get();
        errors.clear();
        clearConfirmation();
        context.background().run(() -> passed ? context.signOff().pass(s.repairOrderId(), level, checks, mileage)
                : context.signOff().fail(s.repairOrderId(), level, checks, why), done -> {
            message.set(passed ? messages.get("qc.ui.sheet.passed", messages.of(level), done.orderNumber())
                    : messages.get("qc.ui.sheet.failed", messages.of(level), done.orderNumber()));
            next.set(nextStep(done, level, passed));
            confirmed.set(true);
            failSent.set(!passed);
            show(done);
            refresh();
        }, this::fail);
    }

    /** What happens to the order after this signature, and who acts next. */
    private String nextStep(QcSheet done, QcLevel level, boolean passed) {
        if (!passed) {
            return messages.get("qc.ui.done.nextRework", done.roundNo());
        }
        if (level != QcLevel.FINAL_CHECK) {
            QcLevel following = QcLevel.values()[level.ordinal() + 1];
            return messages.get("qc.ui.done.nextLevel", messages.of(following), messages.of(following.role()));
        }
        return done.certificateRequired() && done.certificate() == null ? messages.get("qc.ui.done.nextCertificate")
                : messages.get("qc.ui.done.nextSettlement");
    }

    public void printReport(Consumer<RenderedReport> preview) {
        QcSheet s = sheet.get();
        if (s != null) {
            if (!confirmed.get()) {
                message.set("");
            }
            context.background().run(() -> context.prints().report(s.repairOrderId()), preview, this::fail);
        }
    }

    public void issueCertificate() {
        QcSheet s = sheet.get();
        if (s == null) {
            return;
        }
        clearConfirmation();
        context.background().run(() -> context.certificates().issueCertificate(s.repairOrderId()), c -> {
            message.set(messages.get("qc.ui.sheet.issued", c.number(), s.orderNumber()));
            confirmed.set(true);
            load(s.repairOrderId());
        }, this::fail);
    }

    public void printCertificate(Consumer<RenderedReport> preview) {
        QcSheet s = sheet.get();
        if (s != null) {
            message.set("");
            context.background().run(() -> context.prints().certificate(s.repairOrderId()), preview, this::fail);
        }
    }

    public String level(QcOrderRow row) {
        return row.waitingFor() == null ? messages.get("qc.ui.list.certificateDue") : messages.of(row.waitingFor());
    }

    public String round(QcOrderRow row) {
        return String.valueOf(row.roundNo());
    }

    public String certificate(QcOrderRow row) {
        return row.certificateNumber() != null ? row.certificateNumber()
                : row.certificateRequired() ? messages.get("qc.ui.list.required") : "";
    }

    private void fail(Throwable error) {
        confirmed.set(false);
        context.refusals().show(error, errors, message);
    }

    static final String REASON = QcSignOff.REASON;
    static final String EXIT_MILEAGE = QcSignOff.EXIT_MILEAGE;
}
