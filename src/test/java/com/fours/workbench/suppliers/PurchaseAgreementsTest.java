package com.fours.workbench.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.OrderWarning;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.parts.Supplier;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Purchase agreements on a real H2 store: entered and audited, the agreed price and payment terms
 * read back, the refusals with their messages, and the order that goes outside an agreement.
 * One store for the class; each test works with its own supplier or days.
 */
class PurchaseAgreementsTest {

    private static final MutableClock CLOCK = MutableClock.shanghai("2026-12-07T02:00:00Z");
    private static SupplierFixture f;

    @BeforeAll
    static void store() {
        f = new SupplierFixture(TestWorkbench.setUp(CLOCK), CLOCK);
    }

    @AfterAll
    static void close() {
        f.services.close();
    }

    private static PurchaseAgreements agreements() {
        return f.services.purchaseAgreements();
    }

    @Test
    void anAgreementPricesTheOrderLineGivesPaymentTermsAndWarnsAboveItsPrice() {
        f.as("zhoujie");
        PurchaseAgreement a = agreements().create(SupplierFixture.agreement(f.gtmc.id(), "XY2026-A1", "2026-12-01",
                "2027-11-30", String.valueOf(f.filter.id()), "21.50"));
        assertThat(a.prices()).singleElement().satisfies(p -> {
            assertThat(p.partNumber()).isEqualTo("90915-YZZE1");
            assertThat(p.unitPrice()).isEqualByComparingTo("21.50");
        });
        assertThat(agreements().paymentTermsDays(f.gtmc.id(), LocalDate.of(2026, 12, 7))).contains(60);
        assertThat(agreements().paymentTermsDays(f.gtmc.id(), LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(audit("AGREEMENT_CREATED")).anySatisfy(e -> assertThat(e.afterValue()).contains("XY2026-A1", "GTMC-PC"));

        f.as("zhaolei");
        assertThat(f.services.purchasing().agreedPrice(f.gtmc.id(), f.filter.id())).contains(Money.of("21.50"));
        assertThat(f.services.purchasing().agreedPrice(f.gtmc.id(), f.oil.id())).isEmpty();
        List<OrderLineInput> above = List.of(new OrderLineInput(f.oil.id(), BigDecimal.ONE, Money.of("60.00")),
                new OrderLineInput(f.filter.id(), BigDecimal.TEN, Money.of("22.00")));
        assertThat(f.services.purchasing().termsWarnings(f.gtmc.id(), above)).singleElement().satisfies(w -> {
            assertThat(w.lineIndex()).isEqualTo(1);
            assertThat(w.messageKey()).isEqualTo("agreement.warn.aboveAgreed");
            assertThat(w.arguments()).containsExactly("90915-YZZE1", "22.00", "21.50", "XY2026-A1");
        });
        // the clerk is refused with the warning, and may not confirm it either
        BusinessRuleException refused = catchThrowableOfType(
                () -> f.services.purchasing().createOrder(f.gtmc.id(), above, null), BusinessRuleException.class);
        assertThat(refused.messageKey()).isEqualTo("agreement.warn.aboveAgreed");
        assertThatThrownBy(() -> f.services.purchasing().createOrder(f.gtmc.id(), above, null, true))
                .isInstanceOf(AccessDeniedException.class);
        // at the agreed price the clerk orders as before
        assertThat(f.services.purchasing().createOrder(f.gtmc.id(), List.of(new OrderLineInput(f.filter.id(),
                BigDecimal.TEN, Money.of("21.50"))), null).total()).isEqualTo(Money.of("215.00"));

        f.as("zhoujie");
        PurchaseOrder placed = f.services.purchasing().createOrder(f.gtmc.id(), above, null, true);
        assertThat(audit("PURCHASE_OUTSIDE_AGREEMENT")).anySatisfy(e -> {
            assertThat(e.afterValue()).contains(placed.orderNumber(), "agreement.warn.aboveAgreed", "22.00", "21.50");
            assertThat(e.actorName()).isEqualTo("zhoujie");
        });
    }

    @Test
    void anExpiredAgreementWarnsTheWholeOrderAndASupplierWithoutOneDoesNot() {
        f.as("zhoujie");
        agreements().create(SupplierFixture.agreement(f.bosch.id(), "XY2025-BOSCH", "2025-12-01", "2026-11-30"));
        List<OrderLineInput> line = List.of(new OrderLineInput(f.filter.id(), BigDecimal.ONE, Money.of("18.00")));
        List<OrderWarning> warnings = f.services.purchasing().termsWarnings(f.bosch.id(), line);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.lineIndex()).isNull();
            assertThat(w.messageKey()).isEqualTo("agreement.warn.expired");
            assertThat(w.arguments()).containsExactly("XY2025-BOSCH", "2026-11-30");
        });
        assertThat(Messages.forLocale(Messages.CHINESE).get(warnings.get(0).messageKey(),
                warnings.get(0).args())).isEqualTo("与该供应商的协议（XY2025-BOSCH）已于 2026-11-30 到期。");
        f.as("zhaolei");
        assertThatThrownBy(() -> f.services.purchasing().createOrder(f.bosch.id(), line, null))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("agreement.warn.expired");
    }

    @Test
    void overlapThreeDecimalsAndAnEndBeforeTheStartAreRefusedWithTheirReasons() {
        f.as("zhoujie");
        Supplier s = supplier("TYRE-GZ");
        agreements().create(SupplierFixture.agreement(s.id(), "XY2026-T1", "2026-01-01", "2026-12-31"));
        assertThatThrownBy(() -> agreements().create(SupplierFixture.agreement(s.id(), "XY2026-T2", "2026-12-31",
                "2027-06-30"))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey", "arguments").containsExactly("agreement.overlaps",
                        new Object[] {"TYRE-GZ 经销部", "XY2026-T1"});
        InvalidFieldsException decimals = catchThrowableOfType(() -> agreements().create(SupplierFixture.agreement(
                s.id(), "XY2027-T3", "2027-01-01", "2027-12-31", String.valueOf(f.filter.id()), "19.995")),
                InvalidFieldsException.class);
        assertThat(decimals.byField().get(AgreementInput.PRICE).messageKey()).isEqualTo("money.invalid.tooManyDecimals");
        InvalidFieldsException backwards = catchThrowableOfType(() -> agreements().create(SupplierFixture.agreement(
                s.id(), "XY2027-T4", "2027-12-31", "2027-01-01")), InvalidFieldsException.class);
        assertThat(backwards.byField().get(AgreementInput.VALID_TO).messageKey()).isEqualTo("agreement.endBeforeStart");
        PurchaseAgreement t1 = agreements().agreements().stream().filter(a -> a.agreementNumber().equals("XY2026-T1"))
                .findFirst().orElseThrow();
        InvalidFieldsException price = catchThrowableOfType(() -> agreements().setPrice(t1.id(), t1.version(),
                f.oil.id(), "39.999"), InvalidFieldsException.class);
        assertThat(price.byField().get(AgreementInput.PRICE).messageKey()).isEqualTo("money.invalid.tooManyDecimals");
        assertThat(agreements().agreements()).extracting(PurchaseAgreement::agreementNumber)
                .doesNotContain("XY2026-T2", "XY2027-T3", "XY2027-T4");

        PurchaseAgreement priced = agreements().setPrice(t1.id(), t1.version(), f.oil.id(), "39.90");
        assertThat(priced.prices()).extracting(AgreedPrice::unitPrice).containsExactly(new BigDecimal("39.90"));
        assertThat(audit("AGREEMENT_PRICE_SET")).anySatisfy(e -> assertThat(e.afterValue()).isEqualTo("08880-83718 39.90"));
        f.as("zhaolei");
        assertThatThrownBy(() -> agreements().create(SupplierFixture.agreement(s.id(), "XY2028-T5", "2028-01-01",
                "2028-12-31"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void agreementsEndingWithinThirtyDaysAreListedTheSoonestFirst() {
        f.as("zhoujie");
        Supplier soon = supplier("SOON-01");
        Supplier later = supplier("LATER-01");
        agreements().create(SupplierFixture.agreement(soon.id(), "XY-SOON", "2026-01-01", "2027-01-05"));
        agreements().create(SupplierFixture.agreement(later.id(), "XY-LATER", "2026-01-01", "2027-01-07"));
        assertThat(agreements().expiring()).extracting(PurchaseAgreement::agreementNumber)
                .containsSubsequence("XY-SOON").doesNotContain("XY-LATER");
        assertThat(agreements().expiring()).filteredOn(a -> a.agreementNumber().equals("XY-SOON"))
                .singleElement().satisfies(a -> assertThat(a.daysLeft(LocalDate.of(2026, 12, 7))).isEqualTo(29));
    }

    private static Supplier supplier(String code) {
        return f.services.purchasing().createSupplier(code, code + " 经销部", null, null, null);
    }

    private static List<AuditEntry> audit(String action) {
        f.as("zhoujie");
        return f.services.auditLog().find(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), "").stream()
                .filter(e -> e.action().equals(action)).toList();
    }
}
