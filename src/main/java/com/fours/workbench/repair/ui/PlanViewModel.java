package com.fours.workbench.repair.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Change;
import com.fours.workbench.core.ChangeTopic;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.repair.CannedJob;
import com.fours.workbench.repair.Finding;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.OrderChangedException;
import com.fours.workbench.repair.PartChoice;
import com.fours.workbench.repair.PartShortageException;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderRow;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.ui.FieldErrors;

/**
 * The repair orders and the plan editor: the list of orders, the chosen order's lines and totals,
 * the line form (labour from the catalog, a part, a fee or sublet work), canned jobs, the status
 * steps the workflow allows now, and what happened when someone else saved first.
 */
public final class PlanViewModel {

    private static final int LIST_LIMIT = 300;

    private final RepairContext context;
    private final Messages messages;
    private final PlanWording wording;
    private final ObservableList<RepairOrderRow> orders = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty openOnly = new SimpleBooleanProperty(this, "openOnly", true);
    private final ObjectProperty<RepairOrderRow> selectedOrder = new SimpleObjectProperty<>(this, "selectedOrder");
    private final ObjectProperty<RepairPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObservableList<RepairLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<RepairLine> selectedLine = new SimpleObjectProperty<>(this, "selectedLine");
    private final ObservableList<RepairOrderStatus> transitions = FXCollections.observableArrayList();
    private final ObservableList<CannedJob> cannedJobs = FXCollections.observableArrayList();
    private final ObjectProperty<CannedJob> cannedJob = new SimpleObjectProperty<>(this, "cannedJob");
    private final ObservableList<LabourOperation> operations = FXCollections.observableArrayList();
    private final ObservableList<PartChoice> partChoices = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();

    private final ObjectProperty<LineKind> kind = new SimpleObjectProperty<>(this, "kind", LineKind.LABOUR);
    private final ObjectProperty<LabourOperation> operation = new SimpleObjectProperty<>(this, "operation");
    private final StringProperty partSearch = new SimpleStringProperty(this, "partSearch", "");
    private final ObjectProperty<PartChoice> part = new SimpleObjectProperty<>(this, "part");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<RepairCategory> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
    private final StringProperty unitPrice = new SimpleStringProperty(this, "unitPrice", "");
    private final ObjectProperty<Payer> payer = new SimpleObjectProperty<>(this, "payer", Payer.CUSTOMER);
    private final FieldErrors errors = new FieldErrors();

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty vehicleLine = new SimpleStringProperty(this, "vehicleLine", "");
    private final StringProperty totalsLine = new SimpleStringProperty(this, "totalsLine", "");
    private final StringProperty warning = new SimpleStringProperty(this, "warning", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty changedElsewhere = new SimpleStringProperty(this, "changedElsewhere", "");
    private boolean saving;
    private final StringProperty shortageQuestion = new SimpleStringProperty(this, "shortageQuestion", "");
    private final BooleanProperty hasPending = new SimpleBooleanProperty(this, "hasPending");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable");
    private final BooleanProperty cancellable = new SimpleBooleanProperty(this, "cancellable");
    private final StringProperty cancelReason = new SimpleStringProperty(this, "cancelReason", "");
    private final FieldErrors cancelErrors = new FieldErrors();
    private final BooleanProperty cancelDone = new SimpleBooleanProperty(this, "cancelDone");
    private Supplier<RepairPlan> retryWithRequest;

    public PlanViewModel(RepairContext context) {
        this.context = context;
        this.messages = context.messages();
        this.wording = new PlanWording(messages);
        selectedOrder.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                load(now.id());
            }
        });
        operation.addListener((obs, old, now) -> {
            if (now != null) {
                quantity.set(now.standardHours().stripTrailingZeros().toPlainString());
                category.set(now.category());
                description.set("");
            }
        });
        part.addListener((obs, old, now) -> {
            if (now != null && (quantity.get() == null || quantity.get().isBlank())) {
                quantity.set("1");
            }
        });
        kind.addListener((obs, old, now) -> {
            errors.clear();
            shortageQuestion.set("");
        });
    }

    // ---- properties

    public ObservableList<RepairOrderRow> orders() {
        return orders;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }

    public ObjectProperty<RepairOrderRow> selectedOrderProperty() {
        return selectedOrder;
    }

    public ObjectProperty<RepairPlan> planProperty() {
        return plan;
    }

    public ObservableList<RepairLine> lines() {
        return lines;
    }

    public ObjectProperty<RepairLine> selectedLineProperty() {
        return selectedLine;
    }

    public ObservableList<RepairOrderStatus> transitions() {
        return transitions;
    }

    /** True when this user may cancel the order shown now (the step is offered apart, behind a confirmation). */
    public BooleanProperty cancellableProperty() {
        return cancellable;
    }

    public StringProperty cancelReasonProperty() {
        return cancelReason;
    }

    public FieldErrors cancelErrors() {
        return cancelErrors;
    }

    /** Turns true when the cancellation is saved: the confirmation dialog closes. */
    public BooleanProperty cancelDoneProperty() {
        return cancelDone;
    }

    public ObservableList<CannedJob> cannedJobs() {
        return cannedJobs;
    }

    public ObjectProperty<CannedJob> cannedJobProperty() {
        return cannedJob;
    }

    public ObservableList<LabourOperation> operations() {
        return operations;
    }

    public ObservableList<PartChoice> partChoices() {
        return partChoices;
    }

    public ObjectProperty<LineKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LabourOperation> operationProperty() {
        return operation;
    }

    public StringProperty partSearchProperty() {
        return partSearch;
    }

    public ObjectProperty<PartChoice> partProperty() {
        return part;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<RepairCategory> categoryProperty() {
        return category;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty unitPriceProperty() {
        return unitPrice;
    }

    public ObjectProperty<Payer> payerProperty() {
        return payer;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty vehicleLineProperty() {
        return vehicleLine;
    }

    public StringProperty totalsLineProperty() {
        return totalsLine;
    }

    /** The margin rule or lines waiting for the customer: shown loud above the lines. */
    public StringProperty warningProperty() {
        return warning;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Not empty while a part line waits for the advisor to confirm a purchase request. */
    public StringProperty shortageQuestionProperty() {
        return shortageQuestion;
    }

    public BooleanProperty hasPendingProperty() {
        return hasPending;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    /** What another workstation changed on the open order since it was shown here; empty when nothing. */
    public StringProperty changedElsewhereProperty() {
        return changedElsewhere;
    }

    /**
     * Repair orders were changed (decision 0057). When the open order moved past the version shown
     * here, and not by a save of this screen, says who changed what and shows the order as it is
     * now, before the user saves; the line being typed stays in the form.
     */
    public void changed(List<Change> changes) {
        RepairPlan current = plan.get();
        if (current == null || saving || changes.stream().noneMatch(c -> c.concerns(ChangeTopic.REPAIR_ORDER, current.id()))) {
            return;
        }
        long id = current.id();
        int version = current.version();
        context.background().run(() -> context.orders().changesSince(id, version), since -> {
            RepairPlan now = plan.get();
            if (since.isEmpty() || saving || now == null || now.id() != id || now.version() != version) {
                return;
            }
            changedElsewhere.set(messages.get("repair.ui.plan.changedElsewhere", since.stream()
                    .map(c -> messages.get("repair.ui.plan.change", c.changedBy(), messages.of(c.kind()), c.subject()))
                    .collect(Collectors.joining("；"))));
            load(id);
        }, this::fail);
    }

    // ---- loading

    public void refresh() {
        String text = search.get();
        Set<RepairOrderStatus> statuses = openOnly.get()
                ? Set.of(RepairOrderStatus.RECEIVED, RepairOrderStatus.PLANNED, RepairOrderStatus.APPROVED,
                RepairOrderStatus.IN_PROGRESS, RepairOrderStatus.IN_QC, RepairOrderStatus.READY_FOR_SETTLEMENT)
                : Set.of();
        context.background().run(() -> context.orders().orders(text, statuses, LIST_LIMIT), rows -> {
            RepairOrderRow selected = selectedOrder.get();
            orders.setAll(rows);
            if (selected != null) {
                rows.stream().filter(r -> r.id() == selected.id()).findFirst().ifPresent(selectedOrder::set);
            }
        }, this::fail);
        if (operations.isEmpty()) {
            context.background().run(() -> new Catalog(context.catalog().operations().stream()
                            .filter(LabourOperation::active).toList(),
                            context.catalog().cannedJobs().stream().filter(CannedJob::active).toList()),
                    catalog -> {
                        operations.setAll(catalog.operations());
                        cannedJobs.setAll(catalog.cannedJobs());
                    }, this::fail);
        }
    }

    private record Catalog(List<LabourOperation> operations, List<CannedJob> cannedJobs) {
    }

    /** Opens an order by its id (from another tab, or a test). */
    public void open(long orderId) {
        load(orderId);
    }

    private void load(long orderId) {
        RepairPlan shown = plan.get();
        if (shown == null || shown.id() != orderId) {
            changedElsewhere.set("");
        }
        context.background().run(() -> context.orders().plan(orderId), this::show, this::fail);
    }

    private void show(RepairPlan shown) {
        plan.set(shown);
        if (context.findings() != null) {
            long shownId = shown.id();
            context.background().run(() -> context.findings().findings(shownId), read -> {
                if (plan.get() != null && plan.get().id() == shownId) {
                    findings.setAll(read);
                }
            }, this::fail);
        }
        lines.setAll(shown.lines());
        title.set(wording.title(shown));
        vehicleLine.set(wording.vehicleLine(shown));
        totalsLine.set(wording.totalsLine(shown));
        hasPending.set(!shown.pendingLines().isEmpty());
        warning.set(wording.warning(shown));
        var t = shown.totals();
        editable.set(shown.status() == RepairOrderStatus.RECEIVED || shown.status() == RepairOrderStatus.PLANNED
                || shown.status() == RepairOrderStatus.APPROVED || shown.status() == RepairOrderStatus.IN_PROGRESS);
        cancellable.set(false);
        context.background().run(() -> context.orders().possibleTransitions(shown), possible -> {
            cancellable.set(possible.contains(RepairOrderStatus.CANCELLED));
            transitions.setAll(possible.stream().filter(step -> step != RepairOrderStatus.CANCELLED).toList());
        }, this::fail);
        orders.replaceAll(row -> row.id() == shown.id() ? new RepairOrderRow(row.id(), row.number(), shown.status(),
                row.plate(), row.model(), row.customerName(), row.advisor(), row.createdAt(), row.promisedAt(),
                t.total(), shown.version()) : row);
    }

    public void findParts() {
        String text = partSearch.get();
        context.background().run(() -> context.orders().findParts(text, 30), found -> {
            partChoices.setAll(found);
            if (found.size() == 1) {
                part.set(found.get(0));
            }
        }, this::fail);
    }

    // ---- commands

    public void applyCannedJob() {
        RepairPlan current = plan.get();
        CannedJob job = cannedJob.get();
        if (current == null || job == null) {
            return;
        }
        change(() -> context.orders().applyCannedJob(current.id(), current.version(), job.id(), false),
                () -> context.orders().applyCannedJob(current.id(), current.version(), job.id(), true),
                messages.get("repair.ui.plan.cannedApplied", job.name(messages.locale().getLanguage().equals("zh"))));
    }

    public void addLine() {
        RepairPlan current = plan.get();
        if (current == null) {
            return;
        }
        errors.clear();
        LineInput input;
        try {
            input = input();
        } catch (InvalidFieldsException refused) {
            errors.show(refused, messages);
            return;
        }
        change(() -> context.orders().addLine(current.id(), current.version(), input, false),
                () -> context.orders().addLine(current.id(), current.version(), input, true),
                messages.get("repair.ui.plan.lineAdded"));
    }

    /** The line form as a LineInput; typed numbers are refused under their fields. */
    LineInput input() {
        return LineForm.input(kind.get(), operation.get(), part.get(), description.get(), category.get(), quantity.get(),
                unitPrice.get(), payer.get());
    }

    /** The advisor confirmed a purchase request for the part the warehouse cannot cover. */
    public void confirmPurchaseRequest() {
        Supplier<RepairPlan> retry = retryWithRequest;
        shortageQuestion.set("");
        retryWithRequest = null;
        if (retry != null) {
            change(retry, null, messages.get("repair.ui.plan.requestRaised"));
        }
    }

    public void cancelPurchaseRequest() {
        shortageQuestion.set("");
        retryWithRequest = null;
    }

    public void removeLine() {
        RepairPlan current = plan.get();
        RepairLine line = selectedLine.get();
        if (current == null || line == null) {
            return;
        }
        change(() -> context.orders().removeLine(current.id(), current.version(), line.id()), null,
                messages.get("repair.ui.plan.lineRemoved", line.description()));
    }

    public void markLineDone() {
        RepairPlan current = plan.get();
        RepairLine line = selectedLine.get();
        if (current == null || line == null) {
            return;
        }
        change(() -> context.orders().markLineDone(current.id(), current.version(), line.id()), null,
                messages.get("repair.ui.plan.lineDone", line.description()));
    }

    public void transition(RepairOrderStatus target) {
        RepairPlan current = plan.get();
        if (current == null) {
            return;
        }
        change(() -> context.orders().transition(current.id(), current.version(), target), null,
                messages.get("repair.ui.plan.moved", messages.of(target)));
    }

    /** Before the confirmation dialog opens: no reason yet, no error left from the last time. */
    public void startCancel() {
        cancelReason.set("");
        cancelErrors.clear();
        cancelDone.set(false);
    }

    /** Cancels the order shown with the reason typed; a refused reason shows under its field. */
    public void cancelOrder() {
        RepairPlan current = plan.get();
        if (current == null) {
            return;
        }
        String reason = cancelReason.get();
        cancelErrors.clear();
        message.set("");
        context.background().run(() -> context.orders().cancel(current.id(), current.version(), reason), changed -> {
            cancelDone.set(true);
            show(changed);
            message.set(messages.get("repair.ui.plan.cancelled", reason.strip()));
            refresh();
        }, error -> {
            if (error instanceof InvalidFieldsException refused) {
                cancelErrors.show(refused, messages);
            } else if (error instanceof BusinessRuleException refused) {
                cancelErrors.of(RepairOrderService.CANCEL_REASON).set(messages.of(refused));
            } else {
                fail(error);
            }
        });
    }

    /** The approval dialog's view model, for the plan shown now. */
    public ApprovalViewModel approval() {
        return new ApprovalViewModel(context, plan.get(), List.copyOf(findings), this::approved);
    }

    /** Whether this screen records findings and progress contacts (not in a view model's own test). */
    public boolean offersFindings() {
        return context.findings() != null && context.progress() != null;
    }

    /** The findings of the plan shown now: the approval shows them as the evidence of their lines. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The findings dialog's view model, for the plan shown now; a saved finding shows the plan it changed. */
    public FindingsViewModel findingsOfPlan() {
        return new FindingsViewModel(context, plan.get(), operations, saved -> {
            show(saved);
            refresh();
        });
    }

    /** A progress contact on the plan shown now; a new promise shows on the plan. */
    public ProgressContactViewModel progressContact() {
        RepairPlan current = plan.get();
        return new ProgressContactViewModel(context, current.id(), current.order().number()
                + (current.plate() == null ? "" : " · " + current.plate()), () -> load(current.id()));
    }

    private void approved(RepairPlan approvedPlan) {
        message.set(messages.get("repair.ui.plan.approved", approvedPlan.approvedEstimate() == null ? "—"
                : approvedPlan.approvedEstimate().format(messages.locale())));
        show(approvedPlan);
        refresh();
    }

    public void printWorkOrder(Consumer<RenderedReport> preview) {
        RepairPlan current = plan.get();
        if (current != null) {
            context.background().run(() -> context.prints().workOrder(current.id()), preview, this::fail);
        }
    }

    public void printEstimate(Consumer<RenderedReport> preview) {
        RepairPlan current = plan.get();
        if (current != null) {
            context.background().run(() -> context.prints().estimate(current.id()), preview, this::fail);
        }
    }

    private void change(Supplier<RepairPlan> work, Supplier<RepairPlan> withPurchaseRequest, String done) {
        message.set("");
        saving = true;
        context.background().run(work::get, changed -> {
            saving = false;
            changedElsewhere.set("");
            show(changed);
            message.set(done);
            errors.clear();
            clearForm();
            refresh();
        }, error -> {
            saving = false;
            if (error instanceof PartShortageException shortage && withPurchaseRequest != null) {
                retryWithRequest = withPurchaseRequest;
                shortageQuestion.set(messages.of(shortage));
            } else if (error instanceof OrderChangedException conflict) {
                message.set(messages.get("repair.ui.plan.conflict", conflict.changes().stream()
                        .map(c -> messages.get("repair.ui.plan.change", c.changedBy(), messages.of(c.kind()), c.subject()))
                        .collect(Collectors.joining("；"))));
                RepairPlan current = plan.get();
                if (current != null) {
                    context.background().run(() -> context.orders().plan(current.id()), this::show, this::fail);
                }
            } else {
                context.refusals().show(error, errors, message);
            }
        });
    }

    private void clearForm() {
        operation.set(null);
        part.set(null);
        description.set("");
        quantity.set("");
        unitPrice.set("");
    }

    private void fail(Throwable error) {
        context.refusals().show(error, message);
    }
}
