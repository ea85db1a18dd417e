package com.fours.workbench.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.Refusals;
import com.fours.workbench.testing.TestWorkbench;

/** What a hostile or careless user types into agreements and the weights: refused cleanly, nothing saved. */
class SuppliersHostileInputTest {

    private static final Set<String> EXERCISED = Set.of("PurchaseAgreements.create(AgreementInput)",
            "PurchaseAgreements.setPrice(long, int, long, String)",
            // purchasing's hook: fed hostile lines through PurchasingService.termsWarnings in PartsHostileInputTest
            "PurchaseAgreements.warnings(Handle, long, List, LocalDate)",
            "SupplierEvaluation.saveWeights(String, String, String, String, String, int)",
            "SupplierScorecardPrint.render(SupplierScore, ScoreWeights, Messages)");
    private static SupplierFixture f;

    @BeforeAll
    static void store() {
        MutableClock clock = MutableClock.shanghai("2026-12-07T02:00:00Z");
        f = new SupplierFixture(TestWorkbench.setUp(clock), clock);
    }

    @AfterAll
    static void close() {
        f.services.close();
    }

    @Test
    void hostileAgreementsPricesAndWeightsAreRefusedWithAReason() {
        f.as("zhoujie");
        List<String> hostile = new java.util.ArrayList<>(HostileInput.HOSTILE_NUMBERS_AS_TYPED);
        hostile.addAll(HostileInput.REFUSED_TEXTS);
        for (String text : hostile) {
            refused(() -> f.services.purchaseAgreements().create(new AgreementInput(f.gtmc.id(), text, text, text, text,
                    text, text, List.of(new AgreementInput.PriceInput(f.filter.id(), text)))));
            refused(() -> f.services.supplierEvaluation().saveWeights(text, text, text, text, text, 0));
        }
        assertThat(f.services.purchaseAgreements().agreements()).isEmpty();
        PurchaseAgreement a = f.services.purchaseAgreements().create(new AgreementInput(f.gtmc.id(), HostileInput.SQL,
                "2026-01-01", "2026-12-31", "30", "3", HostileInput.EMOJI, List.of()));
        assertThat(a.agreementNumber()).isEqualTo(HostileInput.SQL);
        assertThat(a.notes()).isEqualTo(HostileInput.EMOJI);
        for (String text : hostile) {
            refused(() -> f.services.purchaseAgreements().setPrice(a.id(), a.version(), f.filter.id(), text));
        }
        for (BigDecimal amount : HostileInput.HOSTILE_AMOUNTS) {
            refused(() -> f.services.purchaseAgreements().setPrice(a.id(), a.version(), f.filter.id(),
                    amount.toPlainString()));
        }
        refused(() -> f.services.purchaseAgreements().setPrice(a.id(), a.version(), 987_654L, "1.00"));
        assertThat(f.services.purchaseAgreements().agreements()).singleElement()
                .satisfies(saved -> assertThat(saved.prices()).isEmpty());
        SupplierScore nothing = f.services.supplierEvaluation().scorecard(f.gtmc.id(), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 7));
        assertThat(f.services.reports().exportPdf(f.services.scorecardPrint().render(nothing,
                f.services.supplierEvaluation().weights(), Messages.forLocale(Messages.CHINESE)))).isNotEmpty();
    }

    @Test
    void everyInputMethodIsExercised() {
        Refusals.assertCovers(EXERCISED, PurchaseAgreements.class, SupplierEvaluation.class, SupplierScorecardPrint.class);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        BusinessRuleException e = Refusals.refused(call);
        assertThat(e.messageKey()).isNotBlank();
    }
}
