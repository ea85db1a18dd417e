package com.fours.workbench.repair.ui;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.Finding;
import com.fours.workbench.repair.FindingInput;
import com.fours.workbench.repair.FindingOutcome;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.PhotoFile;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.ui.FieldErrors;

/**
 * The technician's findings on one order: those recorded so far, and the form of a new one (the
 * intake item it answers, what was found, codes, measurements, photos, and the extra work it
 * proposes as a labour operation of the catalog).
 */
public final class FindingsViewModel {

    /** A file larger than this is not read at all (reception's limit). */
    static final long MAX_FILE_BYTES = 40L * 1024 * 1024;

    private final RepairContext context;
    private final Messages messages;
    private final Consumer<RepairPlan> onSaved;
    private RepairPlan plan;
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<LabourOperation> operations;
    private final ObservableList<PhotoFile> photos = FXCollections.observableArrayList();
    private final StringProperty item = new SimpleStringProperty(this, "item");
    private final ObjectProperty<FindingOutcome> outcome = new SimpleObjectProperty<>(this, "outcome",
            FindingOutcome.CONFIRMED);
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty faultCodes = new SimpleStringProperty(this, "faultCodes", "");
    private final StringProperty measurements = new SimpleStringProperty(this, "measurements", "");
    private final BooleanProperty extraWork = new SimpleBooleanProperty(this, "extraWork");
    private final ObjectProperty<LabourOperation> operation = new SimpleObjectProperty<>(this, "operation");
    private final StringProperty hours = new SimpleStringProperty(this, "hours", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors();

    FindingsViewModel(RepairContext context, RepairPlan plan, ObservableList<LabourOperation> operations,
                      Consumer<RepairPlan> onSaved) {
        this.context = context;
        this.messages = context.messages();
        this.plan = plan;
        this.operations = operations;
        this.onSaved = onSaved;
        operation.addListener((obs, old, now) -> {
            if (now != null) {
                hours.set(now.standardHours().stripTrailingZeros().toPlainString());
                extraWork.set(true);
            }
        });
        outcome.addListener((obs, old, now) -> {
            if (now == FindingOutcome.NOT_REPRODUCED) {
                extraWork.set(false);
            }
        });
        reload();
    }

    private void reload() {
        long orderId = plan.id();
        record Read(List<String> items, List<Finding> findings) {
        }
        context.background().run(() -> new Read(context.findings().intakeItems(orderId),
                context.findings().findings(orderId)), read -> {
                    items.setAll(read.items());
                    if (item.get() == null && !read.items().isEmpty()) {
                        item.set(read.items().get(0));
                    }
                    findings.setAll(read.findings());
                }, error -> context.refusals().show(error, message));
    }

    public ObservableList<String> items() {
        return items;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObservableList<LabourOperation> operations() {
        return operations;
    }

    public ObservableList<PhotoFile> photos() {
        return photos;
    }

    public StringProperty itemProperty() {
        return item;
    }

    public ObjectProperty<FindingOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty faultCodesProperty() {
        return faultCodes;
    }

    public StringProperty measurementsProperty() {
        return measurements;
    }

    public BooleanProperty extraWorkProperty() {
        return extraWork;
    }

    public ObjectProperty<LabourOperation> operationProperty() {
        return operation;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FieldErrors errors() {
        return errors;
    }

    public String title() {
        return messages.get("repair.ui.findings.title", plan.order().number(), plan.plate() == null ? "" : plan.plate());
    }

    /** One finding as the list shows it: outcome, item, what was found, codes, measurements, the proposed line. */
    public String text(Finding f) {
        StringBuilder text = new StringBuilder(messages.get("repair.ui.findings.line", messages.of(f.outcome()),
                f.itemText() == null ? messages.get("repair.ui.findings.otherFault") : f.itemText(), f.description()));
        if (!f.faultCodes().isEmpty()) {
            text.append('\n').append(messages.get("repair.ui.findings.codes", f.faultCodes()));
        }
        if (!f.measurements().isEmpty()) {
            text.append('\n').append(messages.get("repair.ui.findings.measurements", f.measurements()));
        }
        lineOf(f).ifPresent(l -> text.append('\n').append(messages.get("repair.ui.findings.proposed", l.lineNo(),
                l.description(), l.declined() ? messages.get("repair.ui.line.declined")
                        : l.pendingApproval() ? messages.get("repair.ui.line.pending")
                        : messages.get("repair.ui.line.approved"))));
        text.append('\n').append(messages.get("repair.ui.findings.by", f.recordedBy()));
        return text.toString();
    }

    private java.util.Optional<RepairLine> lineOf(Finding f) {
        return f.lineId() == null ? java.util.Optional.empty()
                : plan.lines().stream().filter(l -> l.id() == f.lineId()).findFirst();
    }

    /** Reads and shrinks the picked files in the background; a refused one says why in the message line. */
    public void attachPhotos(List<Path> files) {
        busy.set(true);
        message.set("");
        record Attached(List<PhotoFile> prepared, List<String> refusals) {
        }
        context.background().run(() -> {
            List<PhotoFile> prepared = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (Path file : files) {
                String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
                try {
                    if (Files.size(file) > MAX_FILE_BYTES) {
                        throw new BusinessRuleException("intake.photo.tooLarge", name, MAX_FILE_BYTES / (1024 * 1024));
                    }
                    prepared.add(context.findings().preparePhoto(name, Files.readAllBytes(file)));
                } catch (BusinessRuleException e) {
                    refusals.add(messages.of(e));
                } catch (IOException e) {
                    refusals.add(messages.get("intake.ui.photoUnreadable", name));
                }
            }
            return new Attached(prepared, refusals);
        }, attached -> {
            busy.set(false);
            photos.addAll(attached.prepared());
            message.set(String.join("\n", attached.refusals()));
        }, error -> {
            busy.set(false);
            context.refusals().show(error, message);
        });
    }

    public void removePhoto(PhotoFile photo) {
        photos.remove(photo);
    }

    public byte[] thumbnail(PhotoFile photo) {
        return photo.thumbnail();
    }

    public void save() {
        errors.clear();
        message.set("");
        FindingInput input;
        try {
            input = input();
        } catch (InvalidFieldsException refused) {
            errors.show(refused, messages);
            return;
        }
        busy.set(true);
        List<PhotoFile> chosen = List.copyOf(photos);
        long orderId = plan.id();
        int version = plan.version();
        context.background().run(() -> context.findings().record(orderId, version, input, chosen), saved -> {
            busy.set(false);
            plan = saved;
            description.set("");
            faultCodes.set("");
            measurements.set("");
            extraWork.set(false);
            operation.set(null);
            hours.set("");
            photos.clear();
            message.set(messages.get("repair.ui.findings.saved"));
            onSaved.accept(saved);
            reload();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, errors, message);
        });
    }

    FindingInput input() {
        LineInput line = null;
        if (extraWork.get()) {
            InvalidFieldsException.Collector collector = new InvalidFieldsException.Collector();
            if (operation.get() == null) {
                collector.reject(LineInput.ITEM, new InvalidValueException("repair.ui.findings.chooseOperation"));
            }
            BigDecimal h = collector.check(LineInput.QUANTITY, () -> {
                try {
                    BigDecimal parsed = new BigDecimal(hours.get().strip());
                    if (parsed.signum() <= 0) {
                        throw new NumberFormatException();
                    }
                    return parsed;
                } catch (NumberFormatException | NullPointerException e) {
                    throw new InvalidValueException("repair.ui.findings.badHours");
                }
            });
            collector.throwIfAny();
            line = LineInput.labour(operation.get().id(), h, Payer.CUSTOMER);
        }
        return new FindingInput(outcome.get() == FindingOutcome.OTHER_FAULT ? null : item.get(), outcome.get(),
                description.get(), faultCodes.get(), measurements.get(), line);
    }
}
