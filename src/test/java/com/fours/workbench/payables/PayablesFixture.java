package com.fours.workbench.payables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.parts.Receipt;
import com.fours.workbench.parts.ReceiptLineInput;
import com.fours.workbench.parts.Supplier;
import com.fours.workbench.openitems.Allocation;
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.TestWorkbench;

/**
 * A set-up store for payables: a cashier (wangfang) and a manager (zhoujie); suppliers, parts, orders
 * and receipts made on demand through the purchasing service, so the receipt lines an invoice covers
 * are the warehouse's own.
 */
public final class PayablesFixture {

    public static final String PASSWORD = "Start2026";

    public final AppServices services;
    private Bin bin;
    private int parts;
    private int suppliers;

    public PayablesFixture(AppServices services) {
        this.services = services;
        TestWorkbench.addUser(services, "wangfang", PASSWORD, Role.CASHIER);
        TestWorkbench.addUser(services, "zhoujie", PASSWORD, Role.SERVICE_MANAGER);
    }

    public void as(String user) {
        if (services.session().user().map(u -> u.username().equals(user)).orElse(false)) {
            return;
        }
        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login(user, PASSWORD.toCharArray());
    }

    public Supplier supplier(String name) {
        as("zhoujie");
        suppliers++;
        return services.purchasing().createSupplier("SUP-" + suppliers, name, "王经理", "020-8221000" + (suppliers % 10),
                null);
    }

    public Part part(String name) {
        as("zhoujie");
        if (bin == null) {
            bin = services.parts().createBin("P-01-01", null);
        }
        parts++;
        Part part = services.parts().create(new PartInput(String.format("PY-%05d", parts), name, "Part " + parts, "丰田",
                null, PartUnit.PCS, PartCategory.FILTER, "", "0", "0", PricePolicy.COST_PLUS, "", true));
        services.parts().assignBin(part.id(), bin.id(), true);
        return part;
    }

    /** Orders {@code ordered} of a new part at {@code orderedPrice}, receives {@code received} at {@code receivedPrice}; the receipt line's id. */
    public long received(Supplier supplier, String ordered, String orderedPrice, String received, String receivedPrice) {
        return receivedLines(supplier, List.<String[]>of(new String[] {ordered, orderedPrice, received, receivedPrice})).get(0);
    }

    /** One order and one delivery of several new parts (ordered, ordered price, received, received price each); the receipt line ids. */
    public List<Long> receivedLines(Supplier supplier, List<String[]> lines) {
        List<Part> made = new ArrayList<>();
        List<OrderLineInput> order = new ArrayList<>();
        for (String[] l : lines) {
            Part p = part("配件" + (parts + 1));
            made.add(p);
            order.add(new OrderLineInput(p.id(), new BigDecimal(l[0]), Money.of(l[1])));
        }
        as("zhoujie");
        PurchaseOrder draft = services.purchasing().createOrder(supplier.id(), order, "");
        PurchaseOrder sent = services.purchasing().send(draft.id(), draft.version());
        List<ReceiptLineInput> in = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReceiptLineInput line = ReceiptLineInput.againstOrder(sent.lines().get(i).id(), bin.id(),
                    new BigDecimal(lines.get(i)[2]), Money.of(lines.get(i)[3]));
            if (new BigDecimal(lines.get(i)[2]).compareTo(new BigDecimal(lines.get(i)[0])) > 0) {
                line = line.withOverReceiptReason("供应商多发，已确认留用");
            }
            in.add(line);
        }
        Receipt receipt = services.purchasing().receive(sent.id(), sent.version(), "DN-" + sent.orderNumber(), in);
        List<Long> ids = new ArrayList<>();
        for (Part p : made) {
            ids.add(services.supplierInvoices().invoiceable(supplier.id()).stream()
                    .filter(i -> i.receiptId() == receipt.id() && i.partId() == p.id()).findFirst().orElseThrow()
                    .receiptLineId());
        }
        return ids;
    }

    public int audits(String action) {
        return services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    public PayablesDao.Totals totals(long supplierId) {
        return services.transactions().read(h -> h.attach(PayablesDao.class).totals(supplierId));
    }

    public static InvoiceInput invoice(String number, String day, InvoiceLineInput... lines) {
        return new InvoiceInput(number, day, List.of(lines));
    }

    public static InvoiceLineInput line(long receiptLineId, String quantity, String price) {
        return new InvoiceLineInput(receiptLineId, quantity, price);
    }

    public static PaymentInput transfer(String amount, String reference) {
        return new PaymentInput(ReceiptMethod.BANK_TRANSFER, amount, reference, "");
    }

    public static List<Allocation> applied(Object... invoiceAndAmount) {
        List<Allocation> list = new ArrayList<>();
        for (int i = 0; i < invoiceAndAmount.length; i += 2) {
            list.add(new Allocation((Long) invoiceAndAmount[i], (String) invoiceAndAmount[i + 1]));
        }
        return list;
    }

    public static Money m(String amount) {
        return Money.of(amount);
    }
}
