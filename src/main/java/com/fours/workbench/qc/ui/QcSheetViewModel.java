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
import com.fours.workbench.qc.QcLevel;
import com.fours.workbench.qc.QcOrderRow;
import com.fours.workbench.qc.QcSheet;
import com.fours.workbench.qc.QualityControlService;
import com.fours.workbench.qc.Release;
import com.fours.workbench.qc.Signature;
import com.fours.workbench.reporting.RenderedReport;
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
    private final FieldErrors errors = new FieldErrors();

    public QcSheetViewModel(QcContext context) {
        this.context = context;
        this.messages = context.messages();
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                show(null);
            } else if (old == null || old.repairOrderId() != now.repairOrderId()) {
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

    public StringProperty errorOf(String field) {
        return errors.of(field);
    }

    /** The list again; the chosen order stays chosen (and is read again) while it is in the list. */
    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().repairOrderId();
        context.background().run(() -> context.qc().orders(), loaded -> {
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
        context.background().run(() -> context.qc().sheet(orderId), this::show, this::fail);
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
                s.certificate().number())));
        canSign.set(level != null);
        finalLevel.set(level == QcLevel.FINAL_CHECK);
        canIssue.set(r != null && s.certificate() == null && context.session().may(Permission.SIGN_FINAL_CHECK));
        canPrintCertificate.set(s.certificate() != null);
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
        message.set("");
        context.background().run(() -> passed ? context.qc().pass(s.repairOrderId(), level, checks, mileage)
                : context.qc().fail(s.repairOrderId(), level, checks, why), done -> {
            message.set(passed ? messages.get("qc.ui.sheet.passed", messages.of(level), done.orderNumber())
                    : messages.get("qc.ui.sheet.failed", messages.of(level), done.orderNumber()));
            refresh();
            show(done);
        }, this::fail);
    }

    public void printReport(Consumer<RenderedReport> preview) {
        QcSheet s = sheet.get();
        if (s != null) {
            message.set("");
            context.background().run(() -> context.prints().report(s.repairOrderId()), preview, this::fail);
        }
    }

    public void issueCertificate() {
        QcSheet s = sheet.get();
        if (s == null) {
            return;
        }
        message.set("");
        context.background().run(() -> context.qc().issueCertificate(s.repairOrderId()), c -> {
            message.set(messages.get("qc.ui.sheet.issued", c.number(), s.orderNumber()));
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
        Refusals.show(context, error, errors, message);
    }

    static final String REASON = QualityControlService.REASON;
    static final String EXIT_MILEAGE = QualityControlService.EXIT_MILEAGE;
}
