package com.fours.workbench.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.GatePass;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.repair.JobBoardCard;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The visit's steps' SQL (decision 0097) on PostgreSQL, in a schema of its own: keys and documents
 * taken and handed back. Runs where {@code WORKBENCH_TEST_POSTGRES_URL} is set (CI sets it).
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class VisitStepsPostgresqlTest {

    private static final MutableClock CLOCK = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private static PostgresTestSchema schema;
    private static CashierFixture f;

    @BeforeAll
    static void createSchema() throws SQLException {
        schema = new PostgresTestSchema();
        f = new CashierFixture(TestWorkbench.setUp(schema.open(CLOCK)));
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        f.services.close();
        schema.close();
    }

    @Test
    void keysAndDocumentsAreTakenShownOnTheBoardAndHandedBackOnPostgresql() {
        f.as("lina");
        IntakeSheet other = f.repair.receiveAnotherCar();
        Intake i = other.intake();
        IntakeInput typed = new IntakeInput(String.valueOf(i.mileage()), i.fuelLevel(), i.valuables(), i.complaint(),
                i.requestedItems(), "", "", i.oldParts(), i.approvalContact(), i.customerWaits(), i.notes(), i.markers(),
                new KeysAndDocumentsInput("B-2", "1", true, false, false, "随车工具"));
        IntakeSheet sheet = f.services.intakes().update(i.id(), i.version(), typed, Optional.empty());
        assertThat(sheet.intake().taken()).extracting(TakenItem::kind)
                .containsExactly(ItemKind.KEY, ItemKind.VEHICLE_LICENCE, ItemKind.OTHER);
        long order = sheet.repairOrder().id();
        f.as("wanggang");
        assertThat(f.services.jobBoard().board()).filteredOn(c -> c.orderId() == order)
                .extracting(JobBoardCard::keyTag).containsExactly("B-2");

        f.readyOrderOf(order, List.of(CashierFixture.fee("检测费", "1", "50.00", Payer.CUSTOMER)));
        List<BillDetails> bills = f.services.cashier().settle(order, f.version(order), SettlementInput.plain(), null);
        f.services.payments().pay(bills.get(0).id(), PaymentInput.today(PaymentMethod.CASH, "50"));
        List<TakenItem> items = f.services.deliveries().keysAndDocuments(order);
        GatePass pass = f.services.deliveries().deliver(order, f.version(order), 4, "", List.of(
                ItemReturn.returned(items.get(0).id()), ItemReturn.returned(items.get(1).id()),
                ItemReturn.kept(items.get(2).id(), "工具待补齐")));

        assertThat(pass.keysAndDocuments()).extracting(TakenItem::state)
                .containsExactly(ItemState.RETURNED, ItemState.RETURNED, ItemState.KEPT);
        assertThat(pass.keysAndDocuments()).extracting(TakenItem::settledBy).doesNotContainNull();
    }
}
