package com.fours.workbench.cashier.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.cashier.AccountCustomer;
import com.fours.workbench.cashier.Coupon;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.cashier.DiscountPolicy;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.security.Role;
import com.fours.workbench.ui.FieldErrors;

/**
 * The store's discount rules as a manager keeps them: percent off labour and parts per member level,
 * each role's limit for manual discounts, coupons, and the customers who may pay on account up to a
 * credit limit. Never touches a control.
 */
public final class DiscountPolicyViewModel {

    /** A member level's discount, or a role's limit, as the tables show it. */
    public record PolicyRow(String name, String labour, String parts) {
    }

    private final CashierContext context;
    private final Messages messages;
    private final FieldErrors errors = new FieldErrors();
    private final ObservableList<PolicyRow> levels = FXCollections.observableArrayList();
    private final ObservableList<PolicyRow> limits = FXCollections.observableArrayList();
    private final ObservableList<Coupon> coupons = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private List<DiscountPolicy> policies = List.of();

    private final ObjectProperty<MemberLevel> level = new SimpleObjectProperty<>(this, "level", MemberLevel.GOLD);
    private final StringProperty labourPercent = new SimpleStringProperty(this, "labourPercent", "");
    private final StringProperty partsPercent = new SimpleStringProperty(this, "partsPercent", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.CASHIER);
    private final StringProperty maxAmount = new SimpleStringProperty(this, "maxAmount", "");
    private final StringProperty couponCode = new SimpleStringProperty(this, "couponCode", "");
    private final ObjectProperty<CouponKind> couponKind = new SimpleObjectProperty<>(this, "couponKind", CouponKind.VALUE);
    private final StringProperty couponAmount = new SimpleStringProperty(this, "couponAmount", "");
    private final StringProperty couponFrom = new SimpleStringProperty(this, "couponFrom", "");
    private final StringProperty couponUntil = new SimpleStringProperty(this, "couponUntil", "");
    private final StringProperty couponDescription = new SimpleStringProperty(this, "couponDescription", "");
    private final ObservableList<AccountCustomer> accounts = FXCollections.observableArrayList();
    private final StringProperty accountSearch = new SimpleStringProperty(this, "accountSearch", "");
    private final ObservableList<SearchHit> accountCandidates = FXCollections.observableArrayList();
    private final ObjectProperty<SearchHit> accountCustomer = new SimpleObjectProperty<>(this, "accountCustomer");
    private final StringProperty creditLimit = new SimpleStringProperty(this, "creditLimit", "");

    public DiscountPolicyViewModel(CashierContext context) {
        this.context = context;
        this.messages = context.messages();
        level.addListener((obs, old, now) -> fillLevel());
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObservableList<PolicyRow> levels() {
        return levels;
    }

    public ObservableList<PolicyRow> limits() {
        return limits;
    }

    public ObservableList<Coupon> coupons() {
        return coupons;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<MemberLevel> levelProperty() {
        return level;
    }

    public StringProperty labourPercentProperty() {
        return labourPercent;
    }

    public StringProperty partsPercentProperty() {
        return partsPercent;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty maxAmountProperty() {
        return maxAmount;
    }

    public StringProperty couponCodeProperty() {
        return couponCode;
    }

    public ObjectProperty<CouponKind> couponKindProperty() {
        return couponKind;
    }

    public StringProperty couponAmountProperty() {
        return couponAmount;
    }

    public StringProperty couponFromProperty() {
        return couponFrom;
    }

    public StringProperty couponUntilProperty() {
        return couponUntil;
    }

    public StringProperty couponDescriptionProperty() {
        return couponDescription;
    }

    public ObservableList<AccountCustomer> accounts() {
        return accounts;
    }

    public StringProperty accountSearchProperty() {
        return accountSearch;
    }

    public ObservableList<SearchHit> accountCandidates() {
        return accountCandidates;
    }

    public ObjectProperty<SearchHit> accountCustomerProperty() {
        return accountCustomer;
    }

    public StringProperty creditLimitProperty() {
        return creditLimit;
    }

    private record Loaded(List<DiscountPolicy> policies, Map<Role, Money> limits, List<Coupon> coupons,
                          List<AccountCustomer> accounts) {
    }

    public void refresh() {
        context.background().run(() -> new Loaded(context.policy().policies(), context.policy().limits(),
                context.policy().coupons(), context.policy().accounts()), loaded -> {
                    accounts.setAll(loaded.accounts());
                    policies = loaded.policies();
                    levels.setAll(loaded.policies().stream().map(p -> new PolicyRow(messages.of(p.memberLevel()),
                            Formats.of(messages.locale()).percent(p.labourPercent()),
                            Formats.of(messages.locale()).percent(p.partsPercent()))).toList());
                    limits.setAll(loaded.limits().entrySet().stream().map(e -> new PolicyRow(messages.of(e.getKey()),
                            e.getValue().format(messages.locale()), "")).toList());
                    coupons.setAll(loaded.coupons());
                    fillLevel();
                }, this::fail);
    }

    private void fillLevel() {
        policies.stream().filter(p -> p.memberLevel() == level.get()).findFirst().ifPresent(p -> {
            labourPercent.set(p.labourPercent().stripTrailingZeros().toPlainString());
            partsPercent.set(p.partsPercent().stripTrailingZeros().toPlainString());
        });
    }

    public void saveLevel() {
        MemberLevel chosen = level.get();
        int version = policies.stream().filter(p -> p.memberLevel() == chosen).mapToInt(DiscountPolicy::version)
                .findFirst().orElse(0);
        String labour = labourPercent.get();
        String parts = partsPercent.get();
        run(() -> context.policy().savePolicy(chosen, labour, parts, version),
                saved -> message.set(messages.get("cashier.ui.policy.saved", messages.of(chosen))));
    }

    public void saveLimit() {
        Role chosen = role.get();
        String amount = maxAmount.get();
        run(() -> {
            context.policy().saveLimit(chosen, amount);
            return chosen;
        }, saved -> message.set(messages.get("cashier.ui.policy.limitSaved", messages.of(chosen))));
    }

    public void createCoupon() {
        String code = couponCode.get();
        CouponKind kind = couponKind.get();
        String amount = couponAmount.get();
        String from = couponFrom.get();
        String until = couponUntil.get();
        String text = couponDescription.get();
        run(() -> context.policy().createCoupon(code, kind, amount, from, until, text), created -> {
            message.set(messages.get("cashier.ui.policy.couponCreated", created.code()));
            couponCode.set("");
            couponAmount.set("");
            couponDescription.set("");
        });
    }

    /** Finds the customers matching what was typed (name, phone, plate...), one line per customer. */
    public void findAccountCustomers() {
        String typed = accountSearch.get();
        errors.clear();
        context.background().run(() -> context.archive().search(typed).hits(), hits -> {
            Set<Long> seen = new HashSet<>();
            accountCandidates.setAll(hits.stream().filter(h -> seen.add(h.customerId())).toList());
            accountCustomer.set(accountCandidates.isEmpty() ? null : accountCandidates.get(0));
            if (accountCandidates.isEmpty()) {
                errors.of("customer").set(messages.get("cashier.ui.policy.noCustomer", typed));
            }
        }, this::fail);
    }

    /** Lets the chosen customer pay on account up to the typed limit; a limit of 0 takes it back. */
    public void grantAccount() {
        SearchHit chosen = accountCustomer.get();
        if (chosen == null) {
            errors.clear();
            errors.of("customer").set(messages.get("field.required"));
            return;
        }
        String limit = creditLimit.get();
        run(() -> {
            context.policy().grantAccount(chosen.customerId(), limit);
            return chosen;
        }, granted -> {
            message.set(messages.get("cashier.ui.policy.accountSaved", granted.ownerName()));
            creditLimit.set("");
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        message.set("");
        errors.clear();
        context.background().run(work, result -> {
            done.accept(result);
            refresh();
        }, this::fail);
    }

    private void fail(Throwable error) {
        context.refusals().show(error, errors, message);
    }
}
