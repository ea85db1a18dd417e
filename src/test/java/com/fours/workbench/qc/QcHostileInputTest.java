package com.fours.workbench.qc;

import static com.fours.workbench.testing.Refusals.cleanOutcome;
import static com.fours.workbench.testing.Refusals.refused;
import static com.fours.workbench.testing.Refusals.refusedUnchanged;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.Refusals;
import com.fours.workbench.testing.MutableClock;

/**
 * Hostile input to quality control: sign-off reasons and item notes, checklist items, guarantee
 * periods, the fix-rate period and comeback charge overrides. Refused with a key and nothing signed,
 * or saved as typed.
 */
class QcHostileInputTest {

    private static final List<String> TABLES = List.of("qc_signature", "qc_item_result", "qc_release",
            "qc_checklist_item", "qc_guarantee_period", "qc_comeback_charge", "repair_order", "repair_line");

    private static final Set<String> EXERCISED = Set.of(
            "QcSignOff.pass(long, QcLevel, List, String)",
            "QcSignOff.fail(long, QcLevel, List, String)",
            "FixRateFigures.fixRates(LocalDate, LocalDate, String)",
            // the same read in the caller's handle: fixRates hands its typed store name straight to it
            "FixRateFigures.rates(Handle, Instant, Instant, String)",
            "QcChecklists.saveChecklistItem(Long, int, RepairCategory, String, String, String, boolean)",
            "GuaranteePeriods.setGuaranteePeriod(RepairCategory, String, String)",
            "Comebacks.opened(Handle, RepairOrder)",
            "Comebacks.overrideCharge(long, int, long, Payer, String)");

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T01:00:00Z");
    private QcFixture x;
    private Transactions db;
    private QcSignOff signOff;
    private GuaranteePeriods periods;
    private FixRateFigures figures;
    private QcChecklists checklists;

    @BeforeEach
    void setUp() {
        x = new QcFixture(clock);
        db = x.services.transactions();
        signOff = x.services.qcSignOff();
        periods = x.services.guaranteePeriods();
        figures = x.services.fixRates();
        checklists = x.services.qcChecklists();
    }

    @AfterEach
    void tearDown() {
        x.close();
    }

    @Test
    void signOffReasonsNotesAndMileage() {
        long order = x.orderInQc(32000);
        x.as("zhangwei");
        for (String text : HostileInput.REFUSED_TEXTS) {
            refusedUnchanged(text.length() > 1000 ? "qc.invalid.reasonTooLong" : "field.invalidCharacter", db, TABLES,
                    () -> signOff.fail(order, QcLevel.SELF_CHECK, List.of(), text));
            List<ItemCheck> checks = new ArrayList<>(x.allPass(order));
            checks.set(0, new ItemCheck(checks.get(0).itemId(), ItemResult.PASS, text));
            refusedUnchanged(text.length() > 500 ? "qc.noteTooLong" : "field.invalidCharacter", db, TABLES,
                    () -> signOff.pass(order, QcLevel.SELF_CHECK, checks, null));
        }
        refusedUnchanged("qc.invalid.level", db, TABLES, () -> signOff.pass(order, null, x.allPass(order), null));
        refusedUnchanged("qc.invalid.reasonRequired", db, TABLES, () -> signOff.fail(order, QcLevel.SELF_CHECK, null, null));
        List<ItemCheck> withNull = new ArrayList<>(x.allPass(order));
        withNull.add(null);
        refusedUnchanged("qc.itemsMissing", db, TABLES, () -> signOff.pass(order, QcLevel.SELF_CHECK, null, null));
        for (String typed : HostileInput.HOSTILE_NUMBERS_AS_TYPED) {
            refusedUnchanged("qc.invalid.exitMileage", db, TABLES,
                    () -> signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), typed));
        }
        signOff.pass(order, QcLevel.SELF_CHECK, withNull, null);
        x.as("wanggang");
        String said = HostileInput.EMOJI + "\n" + HostileInput.SQL;
        QcSheet failed = signOff.fail(order, QcLevel.RECHECK, List.of(), said);
        assertThat(failed.signatures()).extracting(Signature::reason).contains(said);
    }

    @Test
    void checklistItemsGuaranteePeriodsAndFixRates() {
        x.as("zhoujie");
        for (String text : HostileInput.REFUSED_TEXTS) {
            String key = text.length() > 200 ? "qc.invalid.itemTextTooLong" : "field.invalidCharacter";
            refusedUnchanged(key, db, TABLES, () -> checklists.saveChecklistItem(null, 0, null, "1", text, null, true));
            refusedUnchanged(key, db, TABLES, () -> checklists.saveChecklistItem(null, 0, null, "1", "胎压", text, true));
        }
        for (String typed : HostileInput.HOSTILE_NUMBERS_AS_TYPED) {
            refusedUnchanged("qc.invalid.wholeNumber", db, TABLES,
                    () -> checklists.saveChecklistItem(null, 0, null, typed, "胎压", null, true));
            refused(typed.equals("-1") ? "qc.invalid.daysBelowStatutory" : "qc.invalid.wholeNumber",
                    () -> periods.setGuaranteePeriod(RepairCategory.MINOR_REPAIR, typed, "99999"));
            refused(typed.equals("-1") ? "qc.invalid.kmBelowStatutory" : "qc.invalid.wholeNumber",
                    () -> periods.setGuaranteePeriod(RepairCategory.MINOR_REPAIR, "300", typed));
        }
        refused("qc.invalid.wholeNumber", () -> periods.setGuaranteePeriod(RepairCategory.MINOR_REPAIR, null, null));
        refusedUnchanged("qc.invalid.itemTextRequired", db, TABLES,
                () -> checklists.saveChecklistItem(null, 0, null, null, null, null, true));
        for (String text : HostileInput.FAITHFUL_TEXTS) {
            ChecklistItem saved = checklists.saveChecklistItem(null, 0, RepairCategory.MINOR_REPAIR, "2", text, text, true);
            assertThat(checklists.checklistItems()).filteredOn(i -> i.id() == saved.id()).singleElement()
                    .satisfies(i -> assertThat(i.textZh()).isEqualTo(text))
                    .satisfies(i -> assertThat(i.textEn()).isEqualTo(text));
        }
        LocalDate today = LocalDate.now(clock);
        for (String text : List.of(HostileInput.TEN_THOUSAND, HostileInput.RIGHT_TO_LEFT_OVERRIDE, HostileInput.SQL)) {
            assertThat(cleanOutcome(() -> figures.fixRates(today, today, text))).isNotNull();
        }
        refused("qc.invalid.period", () -> figures.fixRates(null, today, "全店"));
        refused("qc.invalid.period", () -> figures.fixRates(today, null, "全店"));
        refused("qc.periodBackwards", () -> figures.fixRates(today, today.minusDays(1), "全店"));
    }

    @Test
    void comebackChargeOverrides() {
        long first = x.orderInQc(32000);
        x.passAll(first, null);
        clock.advance(Duration.ofDays(5));
        // the comeback hook runs when the car is received again: its order is marked as a comeback
        long back = x.receive(33000);
        x.as("lina");
        RepairPlan plan = x.services.repairOrderService().addLine(back, x.services.repairOrderService().plan(back)
                .version(), LineInput.labour(x.plugs.id(), RepairFixture.q("0.8"), Payer.CUSTOMER), false);
        long labour = plan.lines().get(0).id();
        int version = plan.version();
        assertThat(plan.lines().get(0).payer()).isEqualTo(Payer.INTERNAL);
        x.as("zhoujie");
        for (String text : HostileInput.REFUSED_TEXTS) {
            refusedUnchanged(text.length() > 1000 ? "qc.invalid.reasonTooLong" : "field.invalidCharacter", db, TABLES,
                    () -> x.services.comebacks().overrideCharge(back, version, labour, Payer.CUSTOMER, text));
        }
        refusedUnchanged("qc.invalid.payer", db, TABLES,
                () -> x.services.comebacks().overrideCharge(back, version, labour, null, "客户要求"));
        refusedUnchanged("qc.notComebackLabour", db, TABLES,
                () -> x.services.comebacks().overrideCharge(back, version, 987_654L, Payer.CUSTOMER, "客户要求"));
        x.services.comebacks().overrideCharge(back, version, labour, Payer.CUSTOMER, HostileInput.SQL);
        assertThat(x.services.comebacks().openLines()).singleElement()
                .satisfies(l -> assertThat(l.payer()).isEqualTo(Payer.CUSTOMER));
        assertThat(x.count("SELECT COUNT(*) FROM qc_comeback_charge WHERE reason = '"
                + HostileInput.SQL.replace("'", "''") + "'")).isEqualTo(1);
    }

    @Test
    void everyInputMethodIsExercised() {
        Refusals.assertCovers(EXERCISED, QcSheets.class, QcSignOff.class, CompletionCertificates.class,
                GuaranteePeriods.class, FixRateFigures.class, QcChecklists.class, Comebacks.class);
    }
}
