package com.fours.workbench.cashier.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.cashier.AccountCustomer;
import com.fours.workbench.cashier.Coupon;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.security.Role;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/** The manager's discount rules: member levels, limits per role, coupons. Only binds to its view model. */
final class DiscountPolicyPane implements Section {

    private final Messages messages;
    private final Formats formats;
    private final DiscountPolicyViewModel model;

    DiscountPolicyPane(CashierContext context) {
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new DiscountPolicyViewModel(context);
    }

    DiscountPolicyViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "cashierTab-policy";
    }

    @Override
    public String title() {
        return messages.get("cashier.ui.tab.policy");
    }

    @Override
    public Node build() {
        TableView<DiscountPolicyViewModel.PolicyRow> levels = new TableView<>(model.levels());
        levels.setId("policyLevels");
        levels.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        levels.setPrefHeight(150);
        levels.getColumns().addAll(List.of(
                Columns.text(messages.get("cashier.ui.policy.level"), DiscountPolicyViewModel.PolicyRow::name),
                Columns.number(messages.get("cashier.ui.policy.labour"), DiscountPolicyViewModel.PolicyRow::labour),
                Columns.number(messages.get("cashier.ui.policy.parts"), DiscountPolicyViewModel.PolicyRow::parts)));
        FormGrid levelForm = new FormGrid();
        levelForm.addField(messages.get("cashier.ui.policy.level"), FormControls.choice("policyLevel",
                List.of(MemberLevel.values()), model.levelProperty(), messages), model.errors().of("level"));
        levelForm.addField(messages.get("cashier.ui.policy.labour"), FormControls.text("policyLabourPercent",
                model.labourPercentProperty()), model.errors().of("labourPercent"));
        levelForm.addField(messages.get("cashier.ui.policy.parts"), FormControls.text("policyPartsPercent",
                model.partsPercentProperty()), model.errors().of("partsPercent"));
        Button saveLevel = FormControls.button("policySaveLevel", messages.get("cashier.ui.policy.save"),
                Material2OutlinedMZ.SAVE);
        saveLevel.setOnAction(e -> model.saveLevel());
        levelForm.addWide(saveLevel);

        TableView<DiscountPolicyViewModel.PolicyRow> limits = new TableView<>(model.limits());
        limits.setId("policyLimits");
        limits.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        limits.setPrefHeight(130);
        limits.getColumns().addAll(List.of(
                Columns.text(messages.get("cashier.ui.policy.role"), DiscountPolicyViewModel.PolicyRow::name),
                Columns.number(messages.get("cashier.ui.policy.maxAmount"), DiscountPolicyViewModel.PolicyRow::labour)));
        FormGrid limitForm = new FormGrid();
        limitForm.addField(messages.get("cashier.ui.policy.role"), FormControls.choice("policyRole",
                List.of(Role.SERVICE_ADVISOR, Role.CASHIER, Role.SERVICE_MANAGER), model.roleProperty(), messages),
                model.errors().of("role"));
        limitForm.addField(messages.get("cashier.ui.policy.maxAmount"), FormControls.text("policyMaxAmount",
                model.maxAmountProperty()), model.errors().of("maxAmount"));
        Button saveLimit = FormControls.button("policySaveLimit", messages.get("cashier.ui.policy.save"),
                Material2OutlinedMZ.SAVE);
        saveLimit.setOnAction(e -> model.saveLimit());
        limitForm.addWide(saveLimit);

        TableView<Coupon> coupons = new TableView<>(model.coupons());
        coupons.setId("policyCoupons");
        coupons.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        coupons.setPrefHeight(160);
        coupons.getColumns().addAll(List.of(
                Columns.text(messages.get("cashier.ui.policy.code"), Coupon::code),
                Columns.text(messages.get("cashier.ui.policy.kind"), c -> messages.of(c.kind())),
                Columns.number(messages.get("cashier.ui.policy.amount"), c -> c.kind() == CouponKind.PERCENT
                        ? formats.percent(c.amount().amount()) : formats.money(c.amount())),
                Columns.longText(messages.get("cashier.ui.policy.valid"), c -> formats.date(c.validFrom()) + " ~ " + formats.date(c.validUntil()), 170),
                Columns.longText(messages.get("cashier.ui.policy.description"), Coupon::description, 160),
                Columns.text(messages.get("cashier.ui.policy.used"), c -> c.used()
                        ? messages.get("cashier.ui.policy.usedYes") : "")));
        FormGrid couponForm = new FormGrid();
        couponForm.addField(messages.get("cashier.ui.policy.code"), FormControls.text("couponNewCode",
                model.couponCodeProperty()), model.errors().of("code"));
        couponForm.addField(messages.get("cashier.ui.policy.kind"), FormControls.choice("couponNewKind",
                List.of(CouponKind.values()), model.couponKindProperty(), messages), model.errors().of("kind"));
        couponForm.addField(messages.get("cashier.ui.policy.amount"), FormControls.text("couponNewAmount",
                model.couponAmountProperty()), model.errors().of("amount"));
        couponForm.addField(messages.get("cashier.ui.policy.from"), FormControls.text("couponNewFrom",
                model.couponFromProperty(), "2026-12-01"), model.errors().of("validFrom"));
        couponForm.addField(messages.get("cashier.ui.policy.until"), FormControls.text("couponNewUntil",
                model.couponUntilProperty(), "2026-12-31"), model.errors().of("validUntil"));
        couponForm.addField(messages.get("cashier.ui.policy.description"), FormControls.text("couponNewDescription",
                model.couponDescriptionProperty()), model.errors().of("description"));
        Button create = FormControls.button("couponCreate", messages.get("cashier.ui.policy.createCoupon"),
                Material2OutlinedAL.ADD);
        create.setOnAction(e -> model.createCoupon());
        couponForm.addWide(create);

        TableView<AccountCustomer> accounts = new TableView<>(model.accounts());
        accounts.setId("policyAccounts");
        accounts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        accounts.setPrefHeight(130);
        accounts.setPlaceholder(new Label(messages.get("cashier.ui.policy.noAccounts")));
        accounts.getColumns().addAll(List.of(
                Columns.longText(messages.get("cashier.ui.policy.customer"), AccountCustomer::customerName, 160),
                Columns.money(messages.get("cashier.ui.policy.creditLimit"), a -> a.creditLimit(), formats),
                Columns.money(messages.get("cashier.ui.policy.outstanding"), a -> a.outstanding(), formats),
                Columns.text(messages.get("cashier.ui.policy.grantedBy"), AccountCustomer::grantedBy)));
        TextField search = FormControls.text("accountSearch", model.accountSearchProperty(),
                messages.get("cashier.ui.policy.customerPrompt"));
        search.setOnAction(e -> model.findAccountCustomers());
        ComboBox<SearchHit> candidates = new ComboBox<>(model.accountCandidates());
        candidates.setId("accountCustomer");
        candidates.setMaxWidth(Double.MAX_VALUE);
        candidates.setConverter(FormControls.converter(h -> h.ownerName() + (h.plate() == null ? "" : "  " + h.plate())
                + (h.phone() == null ? "" : "  " + h.phone())));
        candidates.valueProperty().bindBidirectional(model.accountCustomerProperty());
        FormGrid accountForm = new FormGrid();
        accountForm.addField(messages.get("cashier.ui.policy.customer"), search, model.errors().of("customer"), candidates);
        accountForm.addField(messages.get("cashier.ui.policy.creditLimit"), FormControls.text("accountCreditLimit",
                model.creditLimitProperty(), messages.get("cashier.ui.policy.creditLimitPrompt")),
                model.errors().of("creditLimit"));
        Button grant = FormControls.button("accountGrant", messages.get("cashier.ui.policy.save"),
                Material2OutlinedMZ.SAVE);
        grant.setOnAction(e -> model.grantAccount());
        accountForm.addWide(grant);

        Label message = FormControls.message("policyMessage", model.messageProperty());
        VBox left = new VBox(8, FormControls.heading(messages.get("cashier.ui.policy.levels")), levels, levelForm,
                FormControls.heading(messages.get("cashier.ui.policy.limits")), limits, limitForm);
        VBox right = new VBox(8, FormControls.heading(messages.get("cashier.ui.policy.coupons")), coupons, couponForm,
                FormControls.heading(messages.get("cashier.ui.policy.accounts")), accounts, accountForm);
        HBox columns = new HBox(16, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(560);
        VBox content = new VBox(8, message, columns);
        content.setPadding(new Insets(8, 12, 12, 12));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.setId("policyPane");
        model.refresh();
        return scroller;
    }
}
