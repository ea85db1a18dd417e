package com.fours.workbench.app;

import java.time.Clock;
import java.util.List;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.demo.AppointmentsDemoData;
import com.fours.workbench.demo.CashUpDemoData;
import com.fours.workbench.demo.CashierDemoData;
import com.fours.workbench.demo.ReceivablesDemoData;
import com.fours.workbench.demo.ComplaintsDemoData;
import com.fours.workbench.demo.CustomerCareDemoData;
import com.fours.workbench.demo.CustomersDemoData;
import com.fours.workbench.demo.DemoSeeder;
import com.fours.workbench.demo.EnvironmentDemoData;
import com.fours.workbench.demo.DispatchDemoData;
import com.fours.workbench.demo.FindingsDemoData;
import com.fours.workbench.demo.FiveSDemoData;
import com.fours.workbench.demo.IntakeDemoData;
import com.fours.workbench.demo.PartsDemoData;
import com.fours.workbench.demo.PayablesDemoData;
import com.fours.workbench.demo.SuppliersDemoData;
import com.fours.workbench.demo.PartsSalesDemoData;
import com.fours.workbench.demo.QcDemoData;
import com.fours.workbench.demo.RoadTestDemoData;
import com.fours.workbench.demo.RepairDemoData;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.demo.SafetyDemoData;
import com.fours.workbench.demo.StaffDemoData;
import com.fours.workbench.demo.StoreDemoData;
import com.fours.workbench.security.AuditTrail;

/**
 * The demo store's contributors (docs/conventions.md, Demo data), each wired to the services it
 * writes through. A module's contributor is registered here.
 */
final class DemoStoreSeeder {

    private DemoStoreSeeder() {
    }

    static DemoSeeder of(AppServices services, AuditTrail audit, Transactions transactions, Clock clock) {
        SecurityDemoData staff = new SecurityDemoData(services.users(), audit);
        return new DemoSeeder(transactions, List.of(
                new StoreDemoData(clock),
                staff,
                new CustomersDemoData(services.customers(), clock),
                new AppointmentsDemoData(staff, clock),
                new IntakeDemoData(services.intakes(), clock),
                new PartsDemoData(services.stockLedger(), clock),
                new RepairDemoData(services.intakes(), clock),
                new FindingsDemoData(clock),
                new DispatchDemoData(clock),
                new QcDemoData(services.intakes(), clock),
                new RoadTestDemoData(clock),
                new ReceivablesDemoData(services.intakes(), clock),
                new CashierDemoData(services.intakes(), clock),
                new PartsSalesDemoData(services.stockLedger(), clock),
                new CashUpDemoData(clock),
                new CustomerCareDemoData(clock),
                new ComplaintsDemoData(clock),
                new StaffDemoData(services.trainings(), services.appraisals(), clock),
                new EnvironmentDemoData(clock),
                new SafetyDemoData(clock),
                new FiveSDemoData(clock),
                new SuppliersDemoData(clock),
                new PayablesDemoData(services.supplierInvoices(), clock)));
    }
}
