package com.fours.workbench.parts.ui;

import java.math.BigDecimal;
import java.util.List;

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
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartSummary;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.parts.StockBalance;
import com.fours.workbench.ui.FieldErrors;

/**
 * The parts master (配件档案): search, the chosen part's form with each refused field's reason under
 * it, its stock by bin, and the stock actions of the counter (sale, adjustment, transfer).
 */
public final class CatalogViewModel {

    /** What the stock action line does. */
    public enum StockAction { COUNTER_SALE, ADJUST_IN, ADJUST_OUT, TRANSFER, RECEIVE_WITHOUT_ORDER }

    private final PartsContext context;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<PartSummary> hits = FXCollections.observableArrayList();
    private final ObjectProperty<Part> part = new SimpleObjectProperty<>(this, "part");
    private final ObservableList<StockBalance> balances = FXCollections.observableArrayList();
    private final StringProperty partNumber = new SimpleStringProperty(this, "partNumber", "");
    private final StringProperty nameZh = new SimpleStringProperty(this, "nameZh", "");
    private final StringProperty nameEn = new SimpleStringProperty(this, "nameEn", "");
    private final StringProperty brand = new SimpleStringProperty(this, "brand", "");
    private final StringProperty specification = new SimpleStringProperty(this, "specification", "");
    private final ObjectProperty<PartUnit> unit = new SimpleObjectProperty<>(this, "unit", PartUnit.PCS);
    private final ObjectProperty<PartCategory> category = new SimpleObjectProperty<>(this, "category", PartCategory.OTHER);
    private final StringProperty barcodes = new SimpleStringProperty(this, "barcodes", "");
    private final StringProperty reorderPoint = new SimpleStringProperty(this, "reorderPoint", "");
    private final StringProperty reorderQuantity = new SimpleStringProperty(this, "reorderQuantity", "");
    private final ObjectProperty<PricePolicy> pricePolicy = new SimpleObjectProperty<>(this, "pricePolicy", PricePolicy.COST_PLUS);
    private final StringProperty listPrice = new SimpleStringProperty(this, "listPrice", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final StringProperty bin = new SimpleStringProperty(this, "bin", "");
    private final StringProperty supplier = new SimpleStringProperty(this, "supplier", "");
    private final FieldErrors errors = new FieldErrors();
    private final ObjectProperty<StockAction> action = new SimpleObjectProperty<>(this, "action", StockAction.COUNTER_SALE);
    private final StringProperty actionBin = new SimpleStringProperty(this, "actionBin", "");
    private final StringProperty actionToBin = new SimpleStringProperty(this, "actionToBin", "");
    private final StringProperty actionQuantity = new SimpleStringProperty(this, "actionQuantity", "1");
    private final StringProperty actionReason = new SimpleStringProperty(this, "actionReason", "");
    private final StringProperty actionPrice = new SimpleStringProperty(this, "actionPrice", "");
    private final ObjectProperty<PartCategory> marginCategory = new SimpleObjectProperty<>(this, "marginCategory");
    private final StringProperty marginPercent = new SimpleStringProperty(this, "marginPercent", "");
    private final StatusMessage status = new StatusMessage(this);

    public CatalogViewModel(PartsContext context) {
        this.context = context;
        this.messages = context.messages();
        for (String field : new String[] {PartInput.PART_NUMBER, PartInput.NAME_ZH, PartInput.NAME_EN, PartInput.BRAND,
                PartInput.SPECIFICATION, PartInput.UNIT, PartInput.CATEGORY, PartInput.BARCODES, PartInput.REORDER_POINT,
                PartInput.REORDER_QUANTITY, PartInput.LIST_PRICE, "bin", "supplier"}) {
            errors.of(field);
        }
        query.addListener((obs, old, now) -> search());
        marginCategory.addListener((obs, old, now) -> {
            if (now != null) {
                context.background().run(() -> context.parts().margin(now), percent -> {
                    if (now == marginCategory.get()) {
                        marginPercent.set(percent.stripTrailingZeros().toPlainString());
                    }
                }, this::fail);
            }
        });
        part.addListener((obs, old, now) -> fill(now));
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<PartSummary> hits() { return hits; }
    public ObjectProperty<Part> partProperty() { return part; }
    public ObservableList<StockBalance> balances() { return balances; }
    public StringProperty partNumberProperty() { return partNumber; }
    public StringProperty nameZhProperty() { return nameZh; }
    public StringProperty nameEnProperty() { return nameEn; }
    public StringProperty brandProperty() { return brand; }
    public StringProperty specificationProperty() { return specification; }
    public ObjectProperty<PartUnit> unitProperty() { return unit; }
    public ObjectProperty<PartCategory> categoryProperty() { return category; }
    public StringProperty barcodesProperty() { return barcodes; }
    public StringProperty reorderPointProperty() { return reorderPoint; }
    public StringProperty reorderQuantityProperty() { return reorderQuantity; }
    public ObjectProperty<PricePolicy> pricePolicyProperty() { return pricePolicy; }
    public StringProperty listPriceProperty() { return listPrice; }
    public BooleanProperty activeProperty() { return active; }
    public StringProperty binProperty() { return bin; }
    public StringProperty supplierProperty() { return supplier; }
    public StringProperty error(String field) { return errors.of(field); }
    public ObjectProperty<StockAction> actionProperty() { return action; }
    public StringProperty actionBinProperty() { return actionBin; }
    public StringProperty actionToBinProperty() { return actionToBin; }
    public StringProperty actionQuantityProperty() { return actionQuantity; }
    public StringProperty actionReasonProperty() { return actionReason; }
    public StringProperty actionPriceProperty() { return actionPrice; }
    public StringProperty messageProperty() { return status.messageProperty(); }
    public ObjectProperty<PartCategory> marginCategoryProperty() { return marginCategory; }
    public StringProperty marginPercentProperty() { return marginPercent; }

    /** Sets the margin of the chosen category: the retail price of its COST_PLUS parts follows at once. */
    public void setMargin() {
        PartCategory category = marginCategory.get();
        if (category == null) {
            status.refuse(messages.get("parts.ui.catalog.chooseCategory"));
            return;
        }
        String percent = marginPercent.get();
        context.background().run(() -> {
            context.parts().setMargin(category, percent);
            return category;
        }, done -> {
            status.done(messages.get("parts.ui.catalog.marginSet", messages.of(done), percent));
            search();
        }, this::fail);
    }
    public BooleanProperty refusedProperty() { return status.refusedProperty(); }

    public void search() {
        String text = query.get();
        context.background().run(() -> context.parts().searchWithStock(text), found -> {
            if (text.equals(query.get())) {
                hits.setAll(found);
            }
        }, this::fail);
    }

    public void choose(PartSummary summary) {
        part.set(summary == null ? null : summary.part());
    }

    /** An empty form for a new part. */
    public void newPart() {
        part.set(null);
        fill(null);
    }

    private void fill(Part p) {
        errors.clear();
        PartInput in = p == null ? null : PartInput.of(p);
        partNumber.set(in == null ? "" : in.partNumber());
        nameZh.set(in == null ? "" : in.nameZh());
        nameEn.set(in == null || in.nameEn() == null ? "" : in.nameEn());
        brand.set(in == null || in.brand() == null ? "" : in.brand());
        specification.set(in == null || in.specification() == null ? "" : in.specification());
        unit.set(in == null ? PartUnit.PCS : in.unit());
        category.set(in == null ? PartCategory.OTHER : in.category());
        barcodes.set(in == null ? "" : in.barcodes());
        reorderPoint.set(in == null ? "" : in.reorderPoint());
        reorderQuantity.set(in == null ? "" : in.reorderQuantity());
        pricePolicy.set(in == null ? PricePolicy.COST_PLUS : in.pricePolicy());
        listPrice.set(in == null ? "" : in.listPrice());
        active.set(in == null || in.active());
        bin.set("");
        supplier.set("");
        balances.clear();
        if (p != null) {
            long id = p.id();
            record Stock(List<StockBalance> balances, List<Bin> bins, List<com.fours.workbench.parts.Supplier> suppliers) {
            }
            context.background().run(() -> new Stock(context.parts().balances(id), context.parts().binsOf(id),
                    context.purchasing().suppliersOf(id)), stock -> {
                if (part.get() != null && part.get().id() == id) {
                    balances.setAll(stock.balances());
                    supplier.set(stock.suppliers().isEmpty() ? "" : stock.suppliers().get(0).code());
                    bin.set(stock.bins().isEmpty() ? "" : stock.bins().get(0).code());
                    actionBin.set(bin.get());
                }
            }, this::fail);
        }
    }

    /** Saves the form: a new part, or changes to the chosen one. */
    public void save() {
        errors.clear();
        PartInput input = new PartInput(partNumber.get(), nameZh.get(), nameEn.get(), brand.get(), specification.get(),
                unit.get(), category.get(), barcodes.get(), reorderPoint.get(), reorderQuantity.get(), pricePolicy.get(),
                listPrice.get(), active.get());
        Part before = part.get();
        String binCode = bin.get() == null ? "" : bin.get().strip();
        String supplierCode = supplier.get() == null ? "" : supplier.get().strip();
        context.background().run(() -> {
            java.util.Optional<com.fours.workbench.parts.Supplier> chosenSupplier = supplierCode.isEmpty()
                    ? java.util.Optional.empty() : context.purchasing().supplierByCode(supplierCode);
            if (!supplierCode.isEmpty() && chosenSupplier.isEmpty()) {
                throw new InvalidFieldsException(java.util.Map.of("supplier",
                        new BusinessRuleException("catalog.import.unknownSupplier")));
            }
            Part saved = before == null ? context.parts().create(input)
                    : context.parts().update(before.id(), before.version(), input);
            if (!binCode.isEmpty()) {
                Bin chosen = context.parts().binByCode(binCode).orElseGet(() -> context.parts().createBin(binCode, null));
                context.parts().assignBin(saved.id(), chosen.id(), true);
            }
            chosenSupplier.ifPresent(s -> context.purchasing().linkSupplier(saved.id(), s.id(), null));
            return saved;
        }, saved -> {
            status.done(messages.get("parts.ui.catalog.saved", saved.partNumber()));
            part.set(saved);
            search();
        }, this::fail);
    }

    /** The stock action line: a counter sale, an adjustment in or out (with the reason), a transfer. */
    public void runAction() {
        Part p = part.get();
        if (p == null) {
            status.refuse(messages.get("parts.ui.catalog.choosePart"));
            return;
        }
        BigDecimal qty;
        try {
            qty = Quantity.parse(actionQuantity.get(), p.unit());
        } catch (BusinessRuleException e) {
            status.refuse(messages.of(e));
            return;
        }
        StockAction what = action.get();
        String from = actionBin.get();
        String to = actionToBin.get();
        String reason = actionReason.get();
        com.fours.workbench.core.Money price;
        try {
            price = what == StockAction.RECEIVE_WITHOUT_ORDER ? com.fours.workbench.core.Money.parse(actionPrice.get()) : null;
        } catch (BusinessRuleException e) {
            status.refuse(messages.of(e));
            return;
        }
        context.background().run(() -> {
            Bin source = binOrRefuse(from);
            switch (what) {
                case COUNTER_SALE -> context.counterSale().sell(p.id(), qty, reason);
                case ADJUST_IN -> context.stock().adjust(p.id(), source.id(), qty, reason);
                case ADJUST_OUT -> context.stock().adjust(p.id(), source.id(), qty.negate(), reason);
                case TRANSFER -> context.stock().transfer(p.id(), source.id(), binOrRefuse(to).id(), qty);
                case RECEIVE_WITHOUT_ORDER -> context.purchasing().receiveWithoutOrder(null, null, reason, List.of(
                        com.fours.workbench.parts.ReceiptLineInput.withoutOrder(p.id(), source.id(), qty, price)));
            }
            return p;
        }, done -> {
            status.done(messages.get("parts.ui.catalog.actionDone", messages.of(what), Quantity.display(qty), p.partNumber()));
            actionReason.set("");
            actionPrice.set("");
            fill(p);
            search();
        }, this::fail);
    }

    /** Imports a catalog file; the report (what was created, or every refusal) comes back as lines of text. */
    public void importCatalog(java.nio.file.Path file, java.util.function.Consumer<List<String>> onReport) {
        context.background().run(() -> context.catalogImport().importFile(file), report -> {
            List<String> text = new java.util.ArrayList<>();
            if (report.imported()) {
                text.add(messages.get("catalog.import.done", report.partsCreated(), report.fileName()));
                status.done(text.get(0));
                search();
            } else {
                text.add(messages.get("catalog.import.refused", report.rejections().size()));
                for (var r : report.rejections()) {
                    text.add(messages.get("catalog.import.line", String.valueOf(r.row()), r.column(), r.value(),
                            messages.of(new BusinessRuleException(r.key(), r.arguments().toArray()))));
                }
                status.refuse(text.get(0));
            }
            onReport.accept(text);
        }, this::fail);
    }

    private Bin binOrRefuse(String code) {
        String cleaned = code == null ? "" : code.strip();
        return context.parts().binByCode(cleaned)
                .orElseThrow(() -> new BusinessRuleException("bin.notFound", cleaned));
    }

    private void fail(Throwable failure) {
        String why = context.refusals().text(failure, errors);
        status.refuse(why.isEmpty() ? messages.get("parts.ui.catalog.checkFields") : why);
    }
}
