package com.fours.workbench.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.testing.MutableClock;

/**
 * The hazardous-waste ledger on a real H2 database migrated by Flyway: waste recorded from finished
 * repair lines by rule and never twice, the balance per kind, the one-year storage limit at its
 * edges, the handler's licence, closed months. One store for the class; each test on its own kinds
 * or rows.
 */
class WasteLedgerServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static WasteFixture w;

    @BeforeAll
    static void store() {
        w = new WasteFixture(new RepairFixture(MutableClock.shanghai("2026-12-07T02:00:00Z")));
    }

    @AfterAll
    static void close() {
        w.services.close();
    }

    @Test
    void aFinishedOilChangeAddsItsWasteByRuleAndFinishingItAgainAddsNothing() {
        RepairPlan plan = w.oilChangeOrder(OldPartsHandling.RETURN_TO_CUSTOMER);
        w.f.as("zhoujie");
        BigDecimal oilBefore = w.stockOf(w.oil).inStore();
        plan = w.finishOilChange(plan);
        plan = w.finishOilChange(plan);

        w.f.as("zhoujie");
        List<WasteEntry> entries = w.services.wasteReports().ofOrder(plan.order().number());
        assertThat(entries).extracting(WasteEntry::kindName, e -> e.quantity().stripTrailingZeros().toPlainString(),
                WasteEntry::source).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("含油抹布手套", "0.2", WasteSource.RULE),
                        org.assertj.core.groups.Tuple.tuple("废矿物油", "4.05", WasteSource.RULE));
        assertThat(entries).allMatch(e -> e.entryDay().equals(TODAY) && e.movement() == WasteMovement.PRODUCED);
        assertThat(w.stockOf(w.oil).inStore()).isEqualByComparingTo(oilBefore.add(new BigDecimal("4.05")));

        RepairPlan left = w.finishOilChange(w.oilChangeOrder(OldPartsHandling.DISPOSE));
        w.f.as("zhoujie");
        assertThat(w.services.wasteReports().ofOrder(left.order().number())).extracting(WasteEntry::kindName,
                WasteEntry::source).contains(org.assertj.core.groups.Tuple.tuple("废机油滤清器", WasteSource.OLD_PART));
    }

    @Test
    void aRuleThatWouldCountALineTwiceIsRefused() {
        w.f.as("zhoujie");
        int rules = w.services.wasteCatalogue().rules().size();
        BusinessRuleException twice = catchThrowableOfType(() -> w.services.wasteCatalogue().addRule(w.oil.id(), null,
                w.f.oil.id(), new BigDecimal("0.85"), false), BusinessRuleException.class);
        assertThat(twice.messageKey()).isEqualTo("waste.rule.doubleCount");
        BusinessRuleException both = catchThrowableOfType(() -> w.services.wasteCatalogue().addRule(w.oil.id(),
                w.f.brakePads.id(), w.f.pads.id(), BigDecimal.ONE, false), BusinessRuleException.class);
        assertThat(both.messageKey()).isEqualTo("waste.rule.oneSource");
        assertThat(w.services.wasteCatalogue().rules()).hasSize(rules);
    }

    @Test
    void theCatalogueFormsRefuseBadInputUnderItsFieldSaveGoodInputAndLeaveAnAuditRow() {
        WasteCatalogue catalogue = w.services.wasteCatalogue();
        w.f.as("zhaolei");
        assertThat(catchThrowableOfType(() -> catalogue.savePlace(new CatalogueInput.Place("喷漆房暂存柜", WasteUnit.KG,
                "80")), BusinessRuleException.class)).isNotNull();
        w.f.as("zhoujie");
        int audited = count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'WASTE_%_SAVED'");
        assertRefused(() -> catalogue.savePlace(new CatalogueInput.Place("喷漆房暂存柜", WasteUnit.KG, "-80")),
                CatalogueInput.CAPACITY, "waste.quantity.notPositive");
        WastePlace booth = catalogue.savePlace(new CatalogueInput.Place("喷漆房暂存柜", WasteUnit.KG, "80"));
        assertThat(booth.capacity()).isEqualByComparingTo("80");

        assertRefused(() -> catalogue.saveKind(new CatalogueInput.Kind("HW8", "900-252-12", "漆渣", WasteUnit.KG,
                booth.id())), CatalogueInput.CATEGORY, "waste.kind.category");
        assertRefused(() -> catalogue.saveKind(new CatalogueInput.Kind("HW12", "900-252-1", "漆渣", WasteUnit.KG,
                booth.id())), CatalogueInput.CODE, "waste.kind.code");
        assertRefused(() -> catalogue.saveKind(new CatalogueInput.Kind("HW12", "900-252-08", "漆渣", WasteUnit.KG,
                booth.id())), CatalogueInput.CODE, "waste.kind.code");
        assertRefused(() -> catalogue.saveKind(new CatalogueInput.Kind("HW12", "900-252-12", "漆渣", WasteUnit.PIECE,
                booth.id())), CatalogueInput.PLACE, "waste.kind.placeUnit");
        WasteKind paint = catalogue.saveKind(new CatalogueInput.Kind("hw12", "900-252-12", "漆渣", WasteUnit.KG,
                booth.id()));
        assertThat(paint.label()).isEqualTo("HW12 900-252-12 漆渣");

        assertRefused(() -> catalogue.saveHandler(new CatalogueInput.Handler("清远环保", "441800-HW-2026-003",
                LocalDate.of(2028, 3, 31), "HW12, HX49")), CatalogueInput.CATEGORIES, "waste.kind.category");
        assertRefused(() -> catalogue.saveHandler(new CatalogueInput.Handler("清远环保", w.licensed.licenceNo(),
                LocalDate.of(2028, 3, 31), "HW12")), CatalogueInput.LICENCE, "waste.handler.duplicate");
        WasteHandler handler = catalogue.saveHandler(new CatalogueInput.Handler("清远环保", "441800-HW-2026-003",
                LocalDate.of(2028, 3, 31), "HW12，hw49"));
        assertThat(handler.categories()).containsExactly("HW12", "HW49");

        int rules = catalogue.rules().size();
        assertRefused(() -> catalogue.saveRule(new CatalogueInput.Rule(paint.id(), false, "PAINT-99", "0.5", false)),
                CatalogueInput.SOURCE, "waste.rule.noOperation");
        assertRefused(() -> catalogue.saveRule(new CatalogueInput.Rule(w.rags.id(), false, w.f.oilChange.code(), "0.3",
                false)), CatalogueInput.SOURCE, "waste.rule.doubleCount");
        assertRefused(() -> catalogue.saveRule(new CatalogueInput.Rule(paint.id(), false, w.f.oilChange.code(), "0",
                false)), CatalogueInput.QUANTITY, "waste.quantity.notPositive");
        assertThat(catalogue.rules()).hasSize(rules);
        WasteRule sanding = catalogue.saveRule(new CatalogueInput.Rule(paint.id(), true, w.f.pads.partNumber(), "0.1",
                false));
        assertThat(sanding.partId()).isEqualTo(w.f.pads.id());
        assertThat(catalogue.rules()).hasSize(rules + 1);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'WASTE_%_SAVED'")).isEqualTo(audited + 4);
    }

    private static int count(String sql) {
        return w.services.transactions().read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void producedLessTransferredIsInStoreForEveryKindAndInTheLedger() {
        w.f.as("zhaolei");
        WasteLedgerService ledger = w.services.wasteLedger();
        ledger.record(new WasteInput(w.oil.id(), "250", "2026-11-20", "换油积存"));
        ledger.record(new WasteInput(w.rags.id(), "12.5", "2026-11-21", "车间清扫"));
        ledger.transfer(WasteFixture.transfer(w.oil, w.licensed, "4401002026110001", "200", "2026-11-28"));
        ledger.transfer(WasteFixture.transfer(w.rags, w.licensed, "4401002026110002", "10", "2026-11-28"));

        for (WasteStock s : w.services.wasteReports().stock()) {
            assertThat(s.inStore()).as(s.kind().name()).isEqualByComparingTo(s.produced().subtract(s.transferred()));
        }
        LedgerReport november = w.services.wasteReports().month(YearMonth.of(2026, 11));
        LedgerRow oil = november.rows().stream().filter(r -> r.kind().id() == w.oil.id()).findFirst().orElseThrow();
        assertThat(oil.transferred()).isEqualByComparingTo("200");
        assertThat(oil.closing()).isEqualByComparingTo(oil.opening().add(oil.produced()).subtract(oil.transferred()));
        assertThat(november.transfers()).extracting(WasteTransfer::manifestNo).contains("4401002026110001");
        LedgerReport year = w.services.wasteReports().year(2026);
        LedgerRow oilYear = year.rows().stream().filter(r -> r.kind().id() == w.oil.id()).findFirst().orElseThrow();
        assertThat(oilYear.closing()).isEqualByComparingTo(w.stockOf(w.oil).inStore());
    }

    @Test
    void aTransferIsRefusedWithItsReasonAndNothingIsSaved() {
        w.f.as("zhaolei");
        WasteLedgerService ledger = w.services.wasteLedger();
        ledger.record(new WasteInput(w.batteries.id(), "3", "2026-12-01", "客户弃置旧电池"));
        int transfers = w.services.wasteReports().year(2026).transfers().size();

        assertRefused(() -> ledger.transfer(WasteFixture.transfer(w.batteries, w.licensed, "M-1", "1", "2026-12-05")),
                TransferInput.HANDLER, "waste.transfer.notLicensedFor");
        assertRefused(() -> ledger.transfer(WasteFixture.transfer(w.batteries, w.expired, "M-2", "1", "2026-12-05")),
                TransferInput.HANDLER, "waste.transfer.licenceExpired");
        assertRefused(() -> ledger.transfer(WasteFixture.transfer(w.rags, w.licensed, "M-3", "99999", "2026-12-05")),
                TransferInput.QUANTITY, "waste.transfer.moreThanStored");
        assertRefused(() -> ledger.transfer(WasteFixture.transfer(w.rags, w.licensed, "M-4", "-5", "2026-12-05")),
                TransferInput.QUANTITY, "waste.quantity.notPositive");
        assertRefused(() -> ledger.transfer(WasteFixture.transfer(w.rags, w.licensed, "M-5", "2000000", "2026-12-05")),
                TransferInput.QUANTITY, "waste.quantity.absurd");
        assertRefused(() -> ledger.transfer(WasteFixture.transfer(w.rags, w.licensed, "M-6", "1", "2026-12-09")),
                TransferInput.DAY, "waste.day.future");
        ledger.record(new WasteInput(w.oil.id(), "1", "2026-12-04", "接油盘"));
        ledger.transfer(WasteFixture.transfer(w.oil, w.licensed, "M-7", "0.5", "2026-12-05"));
        assertRefused(() -> ledger.transfer(WasteFixture.transfer(w.oil, w.licensed, "M-7", "0.5", "2026-12-05")),
                TransferInput.MANIFEST, "waste.transfer.manifestUsed");

        assertThat(w.services.wasteReports().year(2026).transfers()).hasSize(transfers + 1);
        assertThat(w.stockOf(w.batteries).inStore()).isEqualByComparingTo("3");
    }

    @Test
    void theOneYearLimitWarnsThirtyDaysBeforeAndIsOverdueTheDayAfter() {
        assertThat(alertFor(TODAY.minusYears(1).plusDays(31))).isEqualTo(StorageAlert.NONE);
        assertThat(alertFor(TODAY.minusYears(1).plusDays(30))).isEqualTo(StorageAlert.DUE_SOON);
        assertThat(alertFor(TODAY.minusYears(1))).isEqualTo(StorageAlert.DUE_SOON);
        assertThat(alertFor(TODAY.minusYears(1).minusDays(1))).isEqualTo(StorageAlert.OVERDUE);

        // first in, first out: a hand-over of the oldest quantity moves "since" on
        WasteKind kind = w.batteries;
        List<EnvironmentDao.DayQuantity> days = List.of(
                new EnvironmentDao.DayQuantity(kind.id(), LocalDate.of(2025, 12, 20), new BigDecimal("2")),
                new EnvironmentDao.DayQuantity(kind.id(), LocalDate.of(2026, 3, 1), new BigDecimal("1")));
        assertThat(WasteReports.stockOf(kind, days, new BigDecimal("2"), TODAY).since()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(WasteReports.stockOf(kind, days, new BigDecimal("1"), TODAY).alert()).isEqualTo(StorageAlert.DUE_SOON);

        w.f.as("zhaolei");
        WasteKind solvent = kindOfItsOwn();
        w.f.as("zhaolei");
        w.services.wasteLedger().record(new WasteInput(solvent.id(), "5", TODAY.minusYears(1).plusDays(10).toString(),
                "旧存"));
        WasteStock stored = w.stockOf(solvent);
        assertThat(stored.alert()).isEqualTo(StorageAlert.DUE_SOON);
        assertThat(stored.daysLeft()).isEqualTo(10);
        assertThat(stored.mustLeaveBy()).isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void aClosedMonthIsNotWrittenIntoAndACorrectionGoesIntoAnOpenMonth() {
        w.f.as("zhaolei");
        WasteLedgerService ledger = w.services.wasteLedger();
        WasteEntry october = ledger.record(new WasteInput(w.rags.id(), "4", "2026-10-15", "十月清扫"));
        w.f.as("zhoujie");
        ledger.closeMonth(YearMonth.of(2026, 10));
        assertThat(catchThrowableOfType(() -> ledger.closeMonth(YearMonth.of(2026, 10)), BusinessRuleException.class)
                .messageKey()).isEqualTo("waste.month.alreadyClosed");
        assertThat(catchThrowableOfType(() -> ledger.closeMonth(YearMonth.of(2026, 12)), BusinessRuleException.class)
                .messageKey()).isEqualTo("waste.month.notEnded");

        w.f.as("zhaolei");
        assertRefused(() -> ledger.record(new WasteInput(w.rags.id(), "1", "2026-10-20", "补录")), WasteInput.DAY,
                "waste.month.closed");
        assertRefused(() -> ledger.transfer(WasteFixture.transfer(w.rags, w.licensed, "M-10", "1", "2026-10-30")),
                TransferInput.DAY, "waste.month.closed");
        WasteEntry correction = ledger.correct(october.id(), new WasteInput(null, "-1.5", null, "十月多记了"));
        assertThat(correction.entryDay()).isEqualTo(TODAY);
        assertThat(correction.correctsId()).isEqualTo(october.id());
        assertThat(correction.movement()).isEqualTo(WasteMovement.CORRECTION);
        LedgerReport closed = w.services.wasteReports().month(YearMonth.of(2026, 10));
        assertThat(closed.closed()).isTrue();
        assertThat(closed.entries()).extracting(WasteEntry::id).contains(october.id()).doesNotContain(correction.id());
    }

    @Test
    void aStoragePlaceNearItsCapacityIsFlagged() {
        w.f.as("zhoujie");
        WastePlace drum = w.services.wasteCatalogue().addPlace("废防冻液桶", WasteUnit.LITRE, new BigDecimal("200"));
        WasteKind coolant = w.services.wasteCatalogue().addKind("HW06", "900-404-06", "废防冻液", WasteUnit.LITRE,
                drum.id());
        w.services.wasteLedger().record(new WasteInput(coolant.id(), "159", "2026-12-02", "更换冷却液"));
        assertThat(fill(drum).nearFull()).isFalse();
        w.services.wasteLedger().record(new WasteInput(coolant.id(), "1", "2026-12-03", "更换冷却液"));
        assertThat(fill(drum).percent()).isEqualTo(80);
        assertThat(fill(drum).nearFull()).isTrue();
    }

    private static PlaceFill fill(WastePlace place) {
        return w.services.wasteReports().places().stream().filter(p -> p.place().id() == place.id()).findFirst()
                .orElseThrow();
    }

    private static WasteKind kindOfItsOwn() {
        w.f.as("zhoujie");
        return w.services.wasteCatalogue().addKind("HW06", "900-402-06", "废清洗溶剂", WasteUnit.KG, w.store.id());
    }

    private static StorageAlert alertFor(LocalDate since) {
        return WasteReports.stockOf(w.oil, List.of(new EnvironmentDao.DayQuantity(w.oil.id(), since, BigDecimal.TEN)),
                BigDecimal.ONE, TODAY).alert();
    }

    private static void assertRefused(Runnable call, String field, String key) {
        InvalidFieldsException refused = catchThrowableOfType(call::run, InvalidFieldsException.class);
        assertThat(refused).as(key).isNotNull();
        assertThat(refused.byField()).containsKey(field);
        assertThat(refused.byField().get(field).messageKey()).isEqualTo(key);
    }
}
