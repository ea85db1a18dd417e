package com.fours.workbench.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.GatePass;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.JobBoardCard;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.testing.MutableClock;

/** Keys and documents (decision 0097): taken at reception under a key tag, ticked back at the hand-back. */
class KeysAndDocumentsTest {

    private static final MutableClock CLOCK = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private static CashierFixture f;

    @BeforeAll
    static void setUp() {
        f = new CashierFixture(CLOCK);
    }

    @AfterAll
    static void tearDown() {
        f.services.close();
    }

    private static InvalidFieldsException refusedFields(Runnable action) {
        InvalidFieldsException e = catchThrowableOfType(action::run, InvalidFieldsException.class);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    /** A new reception of another car with these keys and documents typed on the sheet. */
    private static IntakeSheet receive(KeysAndDocumentsInput taken) {
        f.as("lina");
        IntakeSheet other = f.repair.receiveAnotherCar();
        IntakeInput typed = input(other).withKeysAndDocuments(taken);
        return f.services.intakes().update(other.intake().id(), other.intake().version(), typed, Optional.empty());
    }

    private static IntakeInput input(IntakeSheet sheet) {
        Intake i = sheet.intake();
        return new IntakeInput(String.valueOf(i.mileage()), i.fuelLevel(), i.valuables(), i.complaint(),
                i.requestedItems(), "", "", i.oldParts(), i.approvalContact(), i.customerWaits(), i.notes(), i.markers());
    }

    @Test
    void receptionRecordsTheKeysUnderATagAndTheDocumentsAndRefusesATagWithoutKeysOrKeysWithoutATag() {
        f.as("lina");
        IntakeSheet sheet = f.repair.receiveAnotherCar();
        IntakeInput base = input(sheet);
        long id = sheet.intake().id();
        int version = sheet.intake().version();

        InvalidFieldsException noTag = refusedFields(() -> f.services.intakes().update(id, version,
                base.withKeysAndDocuments(new KeysAndDocumentsInput("", "2", true, false, false, "")), Optional.empty()));
        assertThat(noTag.byField().get(KeysAndDocumentsInput.KEY_TAG).messageKey()).isEqualTo("intake.invalid.keyTagMissing");
        InvalidFieldsException noKeys = refusedFields(() -> f.services.intakes().update(id, version,
                base.withKeysAndDocuments(new KeysAndDocumentsInput("K-1", "", false, false, false, "")), Optional.empty()));
        assertThat(noKeys.byField().get(KeysAndDocumentsInput.KEYS).messageKey()).isEqualTo("intake.invalid.keyTagWithoutKeys");
        InvalidFieldsException bad = refusedFields(() -> f.services.intakes().update(id, version,
                base.withKeysAndDocuments(new KeysAndDocumentsInput("K 17!", "12", false, false, false, "")),
                Optional.empty()));
        assertThat(bad.byField()).containsKeys(KeysAndDocumentsInput.KEY_TAG, KeysAndDocumentsInput.KEYS);

        IntakeSheet saved = f.services.intakes().update(id, version,
                base.withKeysAndDocuments(new KeysAndDocumentsInput("ｋ-17", "２", true, false, true, "防盗螺丝钥匙")),
                Optional.empty());

        assertThat(saved.intake().keyTag()).isEqualTo("K-17");
        assertThat(saved.intake().taken()).extracting(TakenItem::kind, TakenItem::quantity, TakenItem::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ItemKind.KEY, 2, ItemState.HELD),
                        org.assertj.core.groups.Tuple.tuple(ItemKind.VEHICLE_LICENCE, 1, ItemState.HELD),
                        org.assertj.core.groups.Tuple.tuple(ItemKind.INSURANCE_POLICY, 1, ItemState.HELD),
                        org.assertj.core.groups.Tuple.tuple(ItemKind.OTHER, 1, ItemState.HELD));
        assertThat(KeysAndDocuments.describeTaken(saved.intake().taken(), saved.intake().keyTag(),
                Messages.forLocale(Messages.CHINESE))).isEqualTo("钥匙 2 把（钥匙牌 K-17）、行驶证、保险单、其他：防盗螺丝钥匙");

        // the board and the order show the tag
        f.as("wanggang");
        List<JobBoardCard> board = f.services.jobBoard().board();
        assertThat(board).filteredOn(c -> c.orderId() == saved.repairOrder().id()).singleElement()
                .extracting(JobBoardCard::keyTag).isEqualTo("K-17");
        f.as("lina");
        assertThat(f.services.repairOrderService().plan(saved.repairOrder().id()).keyTag()).isEqualTo("K-17");

        // signed, then a document handed over later is a change against the signed sheet
        IntakeSheet signed = f.services.intakes().sign(id, saved.intake().version());
        IntakeSheet changed = f.services.intakes().update(id, signed.intake().version(), input(signed)
                .withKeysAndDocuments(new KeysAndDocumentsInput("K-17", "2", true, true, true, "防盗螺丝钥匙")),
                Optional.empty());
        assertThat(changed.changesSinceSigned()).extracting(FieldChange::field).containsExactly("taken.MAINTENANCE_BOOKLET");

        // the printed sheet lists what was taken, under its tag
        String printed = pdfText(f.services.intakeSheets().render(id), "intake-sheet-keys-sample.pdf");
        assertThat(printed).contains("钥匙及证件", "钥匙2把（钥匙牌K-17）、行驶证、保养手册、保险单、其他：防盗螺丝钥匙");
    }

    /** The PDF of a print, kept under target/ to be looked at, and its text without spaces. */
    private static String pdfText(com.fours.workbench.reporting.RenderedReport report, String file) {
        try {
            byte[] pdf = f.services.reports().exportPdf(report);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", file), pdf);
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                com.fours.workbench.testing.PdfAssertions.assertEveryFontEmbedded(document);
            }
            return com.fours.workbench.testing.PdfAssertions.text(pdf).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCarIsNotHandedBackWithAKeyOrDocumentUnaccountedForAndTheGatePassSaysHowEachCameBack() {
        IntakeSheet sheet = receive(new KeysAndDocumentsInput("A03", "2", true, true, false, ""));
        long order = sheet.repairOrder().id();
        f.readyOrderOf(order, List.of(CashierFixture.fee("检测费", "1", "50.00", Payer.CUSTOMER)));
        List<BillDetails> bills = f.services.cashier().settle(order, f.version(order), SettlementInput.plain(), null);
        f.services.payments().pay(bills.get(0).id(), PaymentInput.today(PaymentMethod.CASH, "50"));
        List<TakenItem> items = f.services.deliveries().keysAndDocuments(order);
        assertThat(items).extracting(TakenItem::kind)
                .containsExactly(ItemKind.KEY, ItemKind.VEHICLE_LICENCE, ItemKind.MAINTENANCE_BOOKLET);
        long keys = items.get(0).id();
        long licence = items.get(1).id();
        long booklet = items.get(2).id();

        BusinessRuleException none = catchThrowableOfType(() -> f.services.deliveries().deliver(order, f.version(order),
                5, "", List.of()), BusinessRuleException.class);
        assertThat(none.messageKey()).isEqualTo("intake.items.unaccounted");
        assertThat(none.arguments()).containsExactly(sheet.repairOrder().number(), 3, ItemKind.KEY);
        // a kept item needs its reason: a blank one leaves it unaccounted for, and nothing is written
        BusinessRuleException blank = catchThrowableOfType(() -> f.services.deliveries().deliver(order, f.version(order),
                5, "", List.of(ItemReturn.returned(keys), ItemReturn.returned(licence), ItemReturn.kept(booklet, " "))),
                BusinessRuleException.class);
        assertThat(blank.messageKey()).isEqualTo("intake.items.unaccounted");
        assertThat(blank.arguments()).containsExactly(sheet.repairOrder().number(), 1, ItemKind.MAINTENANCE_BOOKLET);
        assertThat(f.services.deliveries().keysAndDocuments(order)).allMatch(TakenItem::held);
        assertThat(f.services.cashier().order(order).status()).isEqualTo(RepairOrderStatus.SETTLED);

        GatePass pass = f.services.deliveries().deliver(order, f.version(order), 5, "",
                List.of(ItemReturn.returned(keys), ItemReturn.returned(licence), ItemReturn.kept(booklet, "客户要求下次保养时取")));

        assertThat(f.services.cashier().order(order).status()).isEqualTo(RepairOrderStatus.DELIVERED);
        assertThat(pass.keysAndDocuments()).extracting(TakenItem::state)
                .containsExactly(ItemState.RETURNED, ItemState.RETURNED, ItemState.KEPT);
        assertThat(pass.keysAndDocuments().get(2).reason()).isEqualTo("客户要求下次保养时取");
        assertThat(KeysAndDocuments.describeHandedBack(pass.keysAndDocuments(), Messages.forLocale(Messages.CHINESE)))
                .isEqualTo("已交还：钥匙 2 把、行驶证；店内留存：保养手册（客户要求下次保养时取）");
        List<String> audit = f.services.transactions().read(h -> h.createQuery(
                "SELECT after_value FROM audit_log WHERE action = 'KEYS_AND_DOCUMENTS_HANDED_BACK' AND subject_id = :id")
                .bind("id", String.valueOf(sheet.intake().id())).mapTo(String.class).list());
        String printed = pdfText(f.services.cashierPrints().gatePass(pass), "gate-pass-keys-sample.pdf");
        assertThat(printed).contains("已交还：钥匙2把、行驶证；店内留存：保养手册（客户要求下次保养时取）");
        assertThat(audit).singleElement().asString().contains("KEYx2=RETURNED", "MAINTENANCE_BOOKLETx1=KEPT: 客户要求下次保养时取");
    }
}
