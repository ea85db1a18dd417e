package com.fours.workbench.suppliers.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.Permission;
import com.fours.workbench.suppliers.AgreedPrice;
import com.fours.workbench.suppliers.AgreementInput;
import com.fours.workbench.suppliers.PurchaseAgreement;
import com.fours.workbench.suppliers.ScoreWeights;
import com.fours.workbench.suppliers.SupplierScore;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/**
 * The warehouse's Suppliers section (供应商): purchase agreements with their prices and those ending
 * soon; the evaluation of a period with the weights and a supplier's printed scorecard.
 */
public final class SuppliersSection implements Section {

    static final String SUPPLIER = "supplier";

    private final SuppliersContext context;
    private final Messages messages;
    private final Formats formats;
    private final AgreementsViewModel agreements;
    private final EvaluationViewModel evaluation;

    public SuppliersSection(SuppliersContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.agreements = new AgreementsViewModel(context);
        this.evaluation = new EvaluationViewModel(context);
    }

    @Override
    public String id() {
        return "partsTab-suppliers";
    }

    @Override
    public String title() {
        return messages.get("agreement.ui.tab");
    }

    @Override
    public Node build() {
        VBox left = new VBox(8, agreementsPane());
        VBox right = new VBox(8, evaluationPane());
        // no fixed minimum: each side is as narrow as its tables' key columns (supplier names whole), so the
        // scores' table filling cannot push the evaluation over the agreements
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(16, left, right);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("suppliersPane");
        agreements.refresh();
        evaluation.refresh();
        return scroll;
    }

    @Override
    public void activate() {
        agreements.refresh();
        evaluation.refresh();
    }

    private Node agreementsPane() {
        TableView<PurchaseAgreement> list = new TableView<>(agreements.agreements());
        list.setId("agreements");
        list.setPrefHeight(200);
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.getColumns().addAll(List.<TableColumn<PurchaseAgreement, String>>of(
                Columns.text(messages.get("agreement.ui.number"), PurchaseAgreement::agreementNumber),
                Columns.text(messages.get("agreement.ui.supplier"), PurchaseAgreement::supplierName),
                Columns.date(messages.get("agreement.ui.from"), PurchaseAgreement::validFrom, formats),
                Columns.date(messages.get("agreement.ui.to"), PurchaseAgreement::validTo, formats),
                Columns.secondary(Columns.number(messages.get("agreement.ui.paymentDays"), a -> String.valueOf(a.paymentDays()))),
                Columns.secondary(Columns.number(messages.get("agreement.ui.leadDays"), a -> String.valueOf(a.leadDays())))));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                agreements.agreementProperty().set(now);
            }
        });
        agreements.agreementProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getItems().stream().filter(a -> a.id() == now.id()).findFirst()
                        .ifPresent(a -> list.getSelectionModel().select(a));
            }
        });

        TableView<AgreedPrice> prices = new TableView<>(agreements.prices());
        prices.setId("agreementPrices");
        prices.setPrefHeight(150);
        prices.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        prices.getColumns().addAll(List.<TableColumn<AgreedPrice, String>>of(
                Columns.text(messages.get("agreement.ui.partNumber"), AgreedPrice::partNumber),
                Columns.longText(messages.get("agreement.ui.partName"), p -> p.name(formats), 160),
                Columns.money(messages.get("agreement.ui.price"), p -> Money.of(p.unitPrice()), formats)));

        TableView<PurchaseAgreement> expiring = new TableView<>(agreements.expiring());
        expiring.setId("expiringAgreements");
        expiring.setPrefHeight(110);
        expiring.setPlaceholder(new Label(messages.get("agreement.ui.noneExpiring")));
        expiring.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        expiring.getColumns().addAll(List.<TableColumn<PurchaseAgreement, String>>of(
                Columns.text(messages.get("agreement.ui.number"), PurchaseAgreement::agreementNumber),
                Columns.text(messages.get("agreement.ui.supplier"), PurchaseAgreement::supplierName),
                Columns.date(messages.get("agreement.ui.to"), PurchaseAgreement::validTo, formats),
                Columns.text(messages.get("agreement.ui.left"), agreements::daysLeft)));

        VBox box = new VBox(8, FormControls.heading(messages.get("agreement.ui.agreements")), list,
                FormControls.heading(messages.get("agreement.ui.prices")), prices,
                FormControls.heading(messages.get("agreement.ui.expiring")), expiring);
        if (context.may(Permission.MANAGE_PURCHASE_AGREEMENTS)) {
            box.getChildren().addAll(priceForm(), newAgreementForm());
        }
        box.getChildren().add(FormControls.message("agreementMessage", agreements.messageProperty()));
        return box;
    }

    private Node priceForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("agreement.ui.setPriceHeading")));
        TextField part = FormControls.text("agreementPart", agreements.partCodeProperty(),
                messages.get("agreement.ui.partPrompt"));
        form.addField(messages.get("agreement.ui.partNumber"), part, agreements.priceErrors().of("part"));
        TextField price = FormControls.text("agreementPrice", agreements.priceProperty());
        price.setOnAction(e -> agreements.setPrice());
        form.addField(messages.get("agreement.ui.price"), price, agreements.priceErrors().of(AgreementInput.PRICE));
        Button set = FormControls.button("agreementSetPrice", messages.get("agreement.ui.setPrice"),
                Material2OutlinedMZ.SAVE);
        set.setOnAction(e -> agreements.setPrice());
        form.addWide(set);
        return form;
    }

    private Node newAgreementForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("agreement.ui.new")));
        ComboBox<SuppliersContext.Choice> supplier = FormControls.choice("agreementSupplier", List.of(),
                agreements.supplierProperty(), c -> c.name() + " (" + c.code() + ")");
        supplier.setItems(agreements.suppliers());
        supplier.setMaxWidth(Double.MAX_VALUE);
        form.addField(messages.get("agreement.ui.supplier"), supplier, agreements.errors().of(SUPPLIER));
        form.addField(messages.get("agreement.ui.number"), FormControls.text("agreementNumber",
                agreements.numberProperty()), agreements.errors().of(AgreementInput.NUMBER));
        DatePicker from = FormControls.datePicker("agreementFrom");
        from.valueProperty().bindBidirectional(agreements.validFromProperty());
        form.addField(messages.get("agreement.ui.from"), from, agreements.errors().of(AgreementInput.VALID_FROM));
        DatePicker to = FormControls.datePicker("agreementTo");
        to.valueProperty().bindBidirectional(agreements.validToProperty());
        form.addField(messages.get("agreement.ui.to"), to, agreements.errors().of(AgreementInput.VALID_TO));
        form.addField(messages.get("agreement.ui.paymentDays"), FormControls.text("agreementPaymentDays",
                agreements.paymentDaysProperty()), agreements.errors().of(AgreementInput.PAYMENT_DAYS));
        TextField lead = FormControls.text("agreementLeadDays", agreements.leadDaysProperty());
        lead.setOnAction(e -> agreements.create());
        form.addField(messages.get("agreement.ui.leadDays"), lead, agreements.errors().of(AgreementInput.LEAD_DAYS));
        Button create = FormControls.button("agreementCreate", messages.get("agreement.ui.create"),
                Material2OutlinedAL.ADD);
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> agreements.create());
        form.addWide(create);
        return form;
    }

    private Node evaluationPane() {
        DatePicker from = FormControls.datePicker("evaluationFrom");
        from.valueProperty().bindBidirectional(evaluation.fromProperty());
        DatePicker to = FormControls.datePicker("evaluationTo");
        to.valueProperty().bindBidirectional(evaluation.toProperty());
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        Button run = FormControls.button("evaluationRun", messages.get("evaluation.ui.run"), Material2OutlinedAL.INSIGHTS);
        run.setOnAction(e -> evaluation.refresh());
        HBox period = new HBox(8, FormControls.fieldName(messages.get("evaluation.ui.from")), from,
                FormControls.fieldName(messages.get("evaluation.ui.to")), to, run);
        period.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<SupplierScore> scores = new TableView<>(evaluation.scores());
        scores.setId("supplierScores");
        scores.setPrefHeight(260);
        scores.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        scores.getColumns().addAll(List.<TableColumn<SupplierScore, String>>of(
                Columns.text(messages.get("agreement.ui.supplier"), SupplierScore::supplierName),
                Columns.number(messages.get("evaluation.ui.score"), s -> rate(s.score())),
                Columns.number(messages.get("evaluation.ui.onTime"), s -> rate(s.onTimeRate())),
                Columns.number(messages.get("evaluation.ui.fillRate"), s -> rate(s.fillRate())),
                Columns.secondary(Columns.number(messages.get("evaluation.ui.price"), s -> rate(s.priceRate()))),
                Columns.secondary(Columns.number(messages.get("evaluation.ui.returns"), s -> rate(s.returnRate())))));
        scores.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> evaluation.scoreProperty().set(now));
        Button print = FormControls.button("printScorecard", messages.get("evaluation.ui.print"), Material2OutlinedMZ.PRINT);
        print.setOnAction(e -> evaluation.print(this::preview));

        VBox box = new VBox(8, FormControls.heading(messages.get("evaluation.ui.heading")), period, scores, print,
                FormControls.message("evaluationMessage", evaluation.messageProperty()));
        if (context.may(Permission.MANAGE_PURCHASE_AGREEMENTS)) {
            FormGrid form = new FormGrid();
            form.addWide(FormControls.heading(messages.get("evaluation.ui.weights")));
            form.addField(messages.get("evaluation.ui.onTime"), FormControls.text("weightOnTime",
                    evaluation.onTimeProperty()), evaluation.weightErrors().of(ScoreWeights.ON_TIME));
            form.addField(messages.get("evaluation.ui.fillRate"), FormControls.text("weightFillRate",
                    evaluation.fillRateProperty()), evaluation.weightErrors().of(ScoreWeights.FILL_RATE));
            form.addField(messages.get("evaluation.ui.price"), FormControls.text("weightPrice",
                    evaluation.priceProperty()), evaluation.weightErrors().of(ScoreWeights.PRICE));
            form.addField(messages.get("evaluation.ui.returns"), FormControls.text("weightReturns",
                    evaluation.returnsProperty()), evaluation.weightErrors().of(ScoreWeights.RETURNS));
            form.addField(messages.get("evaluation.ui.defaultLead"), FormControls.text("weightDefaultLead",
                    evaluation.defaultLeadProperty()), evaluation.weightErrors().of(ScoreWeights.DEFAULT_LEAD_DAYS));
            Button save = FormControls.button("weightsSave", messages.get("evaluation.ui.saveWeights"),
                    Material2OutlinedMZ.SAVE);
            save.setOnAction(e -> evaluation.saveWeights());
            form.addWide(save);
            box.getChildren().add(form);
        }
        return box;
    }

    private String rate(java.math.BigDecimal rate) {
        return rate == null ? messages.get("scorecard.noData") : formats.percent(rate);
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }
}
