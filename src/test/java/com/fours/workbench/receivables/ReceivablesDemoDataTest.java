package com.fours.workbench.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.claims.Claim;
import com.fours.workbench.claims.ClaimState;
import com.fours.workbench.core.Money;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/** The demo store's receivables: fleets, the maker and an insurer owe, in several ageing columns, every ledger balanced. */
class ReceivablesDemoDataTest {

    @Test
    void theDemoHasFleetsAMakerAndAnInsurerOwingInSeveralColumnsAndEveryLedgerBalances(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("cashier", SecurityDemoData.PASSWORD.toCharArray());
            LocalDate today = LocalDate.of(2026, 11, 27);
            List<AgeingLine> ageing = services.receivables().ageing(today);

            assertThat(ageing).extracting(AgeingLine::kind).contains(Payer.CUSTOMER, Payer.WARRANTY, Payer.INSURANCE);
            assertThat(ageing.stream().filter(l -> l.kind() == Payer.CUSTOMER)).hasSize(3);
            Money current = Money.sum(ageing.stream().map(AgeingLine::current).toList());
            Money late = Money.sum(ageing.stream().map(l -> l.days1To30().plus(l.days31To60())).toList());
            Money older = Money.sum(ageing.stream().map(l -> l.days61To90().plus(l.over90())).toList());
            assertThat(List.of(current, late, older)).allMatch(Money::isPositive);
            assertThat(ageing).anyMatch(l -> l.unapplied().isPositive());
            for (AgeingLine line : ageing) {
                ReceivablesDao.Totals t = services.transactions().read(h -> h.attach(ReceivablesDao.class)
                        .totals(line.payerId()));
                assertThat(Money.of(t.billed()).minus(Money.of(t.received()))).as(line.payerName())
                        .isEqualTo(line.balance());
                Statement statement = services.receivables().statement(line.payerId(), YearMonth.from(today));
                assertThat(statement.closing()).isEqualTo(line.balance());
            }
            assertThat(services.discountPolicy().accounts()).hasSize(3).anyMatch(a -> a.outstanding().isPositive());
            // the claims list opens with the maker's claim submitted and the insurer's drafted
            List<Claim> claims = services.claims().claims(List.of());
            assertThat(claims).extracting(Claim::kind, Claim::state).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(Payer.WARRANTY, ClaimState.SUBMITTED),
                    org.assertj.core.groups.Tuple.tuple(Payer.INSURANCE, ClaimState.DRAFTED));
            assertThat(claims).allSatisfy(c -> assertThat(c.draftedOn()).isBeforeOrEqualTo(today));
        }
    }
}
