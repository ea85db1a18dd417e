package com.fours.workbench.repair.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.TypedMoment;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.ApprovalInput;
import com.fours.workbench.repair.ApprovalMethod;
import com.fours.workbench.repair.Finding;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.ui.FieldErrors;

/**
 * The customer's word on the lines waiting for it: signed at the counter, or on the phone with who
 * called, when and what was said. Lines the customer declines are ticked off and kept as recommendations.
 */
public final class ApprovalViewModel {


    private final RepairContext context;
    private final Messages messages;
    private final RepairPlan plan;
    private final List<Finding> findings;
    private final Consumer<RepairPlan> onApproved;
    private final ObjectProperty<ApprovalMethod> method = new SimpleObjectProperty<>(this, "method",
            ApprovalMethod.COUNTER_SIGNATURE);
    private final StringProperty customerName = new SimpleStringProperty(this, "customerName", "");
    private final StringProperty calledBy = new SimpleStringProperty(this, "calledBy", "");
    private final StringProperty calledAt = new SimpleStringProperty(this, "calledAt", "");
    private final StringProperty whatWasSaid = new SimpleStringProperty(this, "whatWasSaid", "");
    private final ObservableSet<Long> declined = FXCollections.observableSet(new HashSet<>());
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done");
    private final FieldErrors errors = new FieldErrors();

    ApprovalViewModel(RepairContext context, RepairPlan plan, Consumer<RepairPlan> onApproved) {
        this(context, plan, List.of(), onApproved);
    }

    ApprovalViewModel(RepairContext context, RepairPlan plan, List<Finding> findings, Consumer<RepairPlan> onApproved) {
        this.findings = List.copyOf(findings);
        this.context = context;
        this.messages = context.messages();
        this.plan = plan;
        this.onApproved = onApproved;
        customerName.set(plan.customerName());
        calledBy.set(context.session().user().map(u -> u.displayName()).orElse(""));
        calledAt.set(Formats.of(messages.locale()).dateTime(context.clock().instant(), context.clock().getZone()));
    }

    public List<RepairLine> pendingLines() {
        return plan.pendingLines();
    }

    public String lineText(RepairLine line) {
        return messages.get("repair.ui.approval.line", line.lineNo(), messages.of(line.kind()), line.description(),
                line.amount().format(messages.locale()));
    }

    /** The technician's finding that proposed the line, if one did: the evidence the customer is shown. */
    public java.util.Optional<Finding> evidence(RepairLine line) {
        return findings.stream().filter(f -> f.lineId() != null && f.lineId() == line.id()).findFirst();
    }

    public String evidenceText(Finding f) {
        String text = messages.get("repair.ui.findings.line", messages.of(f.outcome()),
                f.itemText() == null ? messages.get("repair.ui.findings.otherFault") : f.itemText(), f.description());
        if (!f.faultCodes().isEmpty()) {
            text += "\n" + messages.get("repair.ui.findings.codes", f.faultCodes());
        }
        if (!f.measurements().isEmpty()) {
            text += "\n" + messages.get("repair.ui.findings.measurements", f.measurements());
        }
        return text;
    }

    public ObjectProperty<ApprovalMethod> methodProperty() {
        return method;
    }

    public StringProperty customerNameProperty() {
        return customerName;
    }

    public StringProperty calledByProperty() {
        return calledBy;
    }

    public StringProperty calledAtProperty() {
        return calledAt;
    }

    public StringProperty whatWasSaidProperty() {
        return whatWasSaid;
    }

    public ObservableSet<Long> declined() {
        return declined;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True once the approval is saved: the dialog closes. */
    public BooleanProperty doneProperty() {
        return done;
    }

    public FieldErrors errors() {
        return errors;
    }

    public void setDeclined(long lineId, boolean isDeclined) {
        if (isDeclined) {
            declined.add(lineId);
        } else {
            declined.remove(lineId);
        }
    }

    public void save() {
        errors.clear();
        message.set("");
        ApprovalInput input;
        try {
            input = input();
        } catch (InvalidFieldsException refused) {
            errors.show(refused, messages);
            return;
        }
        context.background().run(() -> context.orders().approve(plan.id(), plan.version(), input), approved -> {
            done.set(true);
            onApproved.accept(approved);
        }, error -> context.refusals().show(error, errors, message));
    }

    ApprovalInput input() {
        boolean phone = method.get() == ApprovalMethod.PHONE;
        java.time.Instant at = null;
        if (phone) {
            InvalidFieldsException.Collector collector = new InvalidFieldsException.Collector();
            at = collector.check(ApprovalInput.CALLED_AT, () -> {
                try {
                    LocalDateTime typed = TypedMoment.parse(calledAt.get(), LocalDate.now(context.clock()));
                    if (typed == null) {
                        throw new InvalidValueException("repairApproval.invalid.calledAt");
                    }
                    return typed.atZone(context.clock().getZone()).toInstant();
                } catch (DateTimeException e) {
                    throw new InvalidValueException("repairApproval.invalid.calledAt");
                }
            });
            collector.throwIfAny();
        }
        Set<Long> declinedIds = Set.copyOf(declined);
        return new ApprovalInput(method.get(), customerName.get(), phone ? calledBy.get() : null, at, null,
                phone ? whatWasSaid.get() : null, declinedIds);
    }
}
