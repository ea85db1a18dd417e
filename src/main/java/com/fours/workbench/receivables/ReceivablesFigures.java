package com.fours.workbench.receivables;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.openitems.Ageing;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/** What the ledger shows: the ageing of every payer, a payer's open items and receipts, its monthly statement. */
public final class ReceivablesFigures {

    /** The receipts a payer's screen lists, newest first. */
    public static final int RECENT_RECEIPTS = 200;

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;

    public ReceivablesFigures(Transactions transactions, Session session, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
    }

    /** Every payer's ageing on {@code asOf}, those owing most first; a payer with nothing open shows zeros. */
    public List<AgeingLine> ageing(LocalDate asOf) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> ageing(handle, asOf));
    }

    static List<AgeingLine> ageing(Handle handle, LocalDate asOf) {
        ReceivablesDao dao = handle.attach(ReceivablesDao.class);
        return Ageing.lines(dao.payers(), ReceivablePayer::id, dao.ageing(Ageing.Edges.of(asOf)), dao.credits(),
                (payer, open, credit) -> new AgeingLine(payer.id(), payer.kind(), payer.name(), open.current(),
                        open.days1To30(), open.days31To60(), open.days61To90(), open.over90(), credit),
                AgeingLine::payerName);
    }

    public List<OpenItem> openItems(long payerId) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.attach(ReceivablesDao.class).openItems(payerId));
    }

    public List<Receipt> receipts(long payerId) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.attach(ReceivablesDao.class).receipts(payerId, RECENT_RECEIPTS));
    }

    /** What the payer owes now: open items less unapplied credit. */
    public Money balance(long payerId) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> Money.of(handle.attach(ReceivablesDao.class).balance(payerId)));
    }

    /** The payer's statement for a month: brought forward, the month's bills and receipts, carried forward. */
    public Statement statement(long payerId, YearMonth month) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> statement(handle, payerId, month, LocalDate.now(clock)));
    }

    static Statement statement(Handle handle, long payerId, YearMonth month, LocalDate today) {
        ReceivablesDao dao = handle.attach(ReceivablesDao.class);
        ReceivablePayer payer = dao.payer(payerId).orElseThrow(() -> new BusinessRuleException(
                "receivables.payer.notFound", String.valueOf(payerId)));
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Money opening = Money.of(dao.balanceBefore(payerId, from));
        Money balance = opening;
        Money billed = Money.ZERO;
        Money received = Money.ZERO;
        List<StatementLine> lines = new ArrayList<>();
        for (ReceivablesDao.Movement m : dao.movements(payerId, from, to)) {
            Money debit = Money.of(m.debit());
            Money credit = Money.of(m.credit());
            billed = billed.plus(debit);
            received = received.plus(credit);
            balance = balance.plus(debit).minus(credit);
            lines.add(new StatementLine(m.moveDay(), m.number(), m.orderNumber(), m.plate(),
                    m.method() == null ? null : ReceiptMethod.valueOf(m.method()), m.reference(), debit, credit, balance));
        }
        Money limit = payer.customerId() == null ? null
                : dao.creditLimit(payer.customerId()).map(Money::of).orElse(null);
        return new Statement(payer, month, opening, lines, billed, received, balance, limit, today);
    }
}
