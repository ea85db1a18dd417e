package com.fours.workbench.cashier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.concurrent.CopyOnWriteArrayList;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The daily cash-up (日结): the figures of a business day from the cashier's bills and payments, and
 * closing the day with the cash counted. A closed day has a row in {@code cash_day_close}, which the
 * payment code checks: no money moves into that day any more.
 */
public final class CashUpService {

    private static final Logger log = LoggerFactory.getLogger(CashUpService.class);

    /** The payers that get bills (the store's own INTERNAL work is on no bill). */
    static final List<Payer> BILLED_PAYERS = List.of(Payer.CUSTOMER, Payer.WARRANTY, Payer.INSURANCE);

    /** Told after a day's close has committed (the app plugs the backup in here). */
    public interface DayClosedHook {
        void dayClosed(LocalDate day);
    }

    private final List<DayClosedHook> closedHooks = new CopyOnWriteArrayList<>();
    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public CashUpService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public void addDayClosedHook(DayClosedHook hook) {
        closedHooks.add(hook);
    }

    /** Today in the store's time zone: the business day a payment taken now goes into. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The figures of a day, open or closed. */
    public CashUpFigures figures(LocalDate day) {
        session.require(Permission.CLOSE_CASH_DAY);
        return transactions.read(handle -> figures(handle, day));
    }

    public static CashUpFigures figures(Handle handle, LocalDate day) {
        CashUpDao dao = handle.attach(CashUpDao.class);
        Map<PaymentMethod, CashUpFigures.MethodLine> byMethod = new EnumMap<>(PaymentMethod.class);
        for (PaymentMethod method : PaymentMethod.values()) {
            byMethod.put(method, new CashUpFigures.MethodLine(method, 0, Money.ZERO, 0, Money.ZERO));
        }
        dao.methods(day).forEach(line -> byMethod.put(line.method(), line));
        List<CashUpFigures.MethodLine> methods = new ArrayList<>(byMethod.values());
        int payments = methods.stream().mapToInt(CashUpFigures.MethodLine::payments).sum();
        int refunds = methods.stream().mapToInt(CashUpFigures.MethodLine::refunds).sum();
        Money received = Money.sum(methods.stream().map(CashUpFigures.MethodLine::received).toList());
        Money refunded = Money.sum(methods.stream().map(CashUpFigures.MethodLine::refunded).toList());

        Map<String, CashUpDao.Billed> billed = new HashMap<>();
        dao.billed(day).forEach(b -> billed.put(b.payer(), b));
        Map<String, Money> paid = new HashMap<>();
        dao.paid(day).forEach(p -> paid.put(p.payer(), Money.of(p.paid())));
        List<CashUpFigures.PayerLine> payers = new ArrayList<>();
        for (Payer payer : BILLED_PAYERS) {
            CashUpDao.Billed b = billed.get(payer.name());
            payers.add(new CashUpFigures.PayerLine(payer, b == null ? 0 : b.bills(),
                    b == null ? Money.ZERO : Money.of(b.billed()), paid.getOrDefault(payer.name(), Money.ZERO)));
        }

        List<CashUpFigures.VoidLine> voidLines = dao.voids(day);
        CashUpDao.Counted discounts = dao.discounts(day);
        CashUpDao.Cash cash = dao.cash(day);
        return new CashUpFigures(day, methods, payers, new CashUpFigures.Tally(payments, received),
                new CashUpFigures.Tally(refunds, refunded),
                new CashUpFigures.Tally(voidLines.size(),
                        Money.sum(voidLines.stream().map(CashUpFigures.VoidLine::amount).toList())),
                new CashUpFigures.Tally(discounts.count(), Money.of(discounts.amount())), voidLines,
                Money.of(cash.taken()), Money.of(cash.changeGiven()), Money.of(cash.refunded()),
                dao.closed(day).orElse(null));
    }

    /** The days closed so far, newest first. */
    public List<CashDayClosed> closedDays(int limit) {
        session.require(Permission.CLOSE_CASH_DAY);
        return transactions.read(handle -> handle.attach(CashUpDao.class).closedDays(limit));
    }

    /**
     * Closes a business day with the cash counted. The counted cash is required; when it differs
     * from the expected cash a reason is too. A day in the future, or one already closed, is
     * refused. The close row, the count and the audit row are written together.
     */
    public CashDayClosed close(LocalDate day, CashDayCount count) {
        AuthenticatedUser user = session.require(Permission.CLOSE_CASH_DAY);
        if (day == null) {
            throw new InvalidValueException("field.required");
        }
        if (count == null) {
            throw new InvalidFieldsException(java.util.Map.of(CashDayCount.COUNTED_CASH,
                    new InvalidValueException("money.invalid.empty")));
        }
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Money openingFloat = count.openingFloat() == null || count.openingFloat().isBlank() ? Money.ZERO
                : errors.check(CashDayCount.OPENING_FLOAT, () -> Money.parse(count.openingFloat()));
        if (openingFloat != null && openingFloat.isNegative()) {
            errors.reject(CashDayCount.OPENING_FLOAT, new BusinessRuleException("cashUp.invalid.negative"));
        }
        Money counted = errors.check(CashDayCount.COUNTED_CASH, () -> Money.parse(count.countedCash()));
        if (counted != null && counted.isNegative()) {
            errors.reject(CashDayCount.COUNTED_CASH, new BusinessRuleException("cashUp.invalid.negative"));
        }
        // cash_day_count.difference_reason: refused when too long, never cut, so the reason stays as it was given
        String why = errors.check(CashDayCount.REASON, () -> Typed.optionalMultilineText(count.reason(), 500));
        errors.throwIfAny();
        if (day.isAfter(today())) {
            throw new BusinessRuleException("cashUp.futureDay", day.toString());
        }
        CashDayClosed done = transactions.inTransaction(handle -> {
            PaymentService.lockDay(handle, day);
            CashUpDao dao = handle.attach(CashUpDao.class);
            Optional<CashDayClosed> already = dao.closed(day);
            if (already.isPresent()) {
                throw alreadyClosed(already.get());
            }
            // the close row first: from here on the payment code refuses this day
            try {
                dao.close(day, LocalDateTime.now(clock), user.username());
            } catch (RuntimeException raced) {
                throw dao.closed(day).map(CashUpService::alreadyClosed).orElseThrow(() -> raced);
            }
            CashUpFigures figures = figures(handle, day);
            Money expected = figures.expectedCash(openingFloat);
            Money difference = counted.minus(expected);
            if (!difference.isZero() && why == null) {
                throw new InvalidFieldsException(Map.of(CashDayCount.REASON,
                        new BusinessRuleException("cashUp.invalid.reasonRequired", difference.toPlainString())));
            }
            writeCount(handle, figures, openingFloat, counted, why);
            CashDayClosed closed = dao.closed(day).orElseThrow();
            audit.record(handle, CashUpAuditAction.CASH_DAY_CLOSED, "cash_day", day, null,
                    "float=" + openingFloat + ", expected=" + expected + ", counted=" + counted + ", difference="
                            + difference + (difference.isZero() ? "" : ", reason=" + why) + ", payments="
                            + figures.paymentsNet());
            return closed;
        });
        for (DayClosedHook hook : closedHooks) {
            try {
                hook.dayClosed(day);
            } catch (RuntimeException e) {
                log.error("After the close of {} a hook failed; the day stays closed", day, e);
            }
        }
        return done;
    }

    /** Stores the count beside the close row, with the day's cash figures as they are now. */
    public static void writeCount(Handle handle, CashUpFigures figures, Money openingFloat, Money counted, String reason) {
        Money expected = figures.expectedCash(openingFloat);
        Money difference = counted.minus(expected);
        handle.attach(CashUpDao.class).count(figures.businessDay(), openingFloat.amount(), figures.cashTaken().amount(),
                figures.changeGiven().amount(), figures.cashRefunded().amount(), expected.amount(), counted.amount(),
                difference.amount(), difference.isZero() ? null : reason, figures.paymentsNet().amount());
    }

    /** One cashier's bills voided and cash differences over the days [from, to], read in the caller's handle (the appraisal's). */
    public static CashierTally cashierTally(Handle handle, LocalDate from, LocalDate to, String cashier) {
        CashUpDao dao = handle.attach(CashUpDao.class);
        CashUpDao.Differences d = dao.differencesOf(from, to, cashier);
        return new CashierTally(dao.voidedOf(from, to, cashier), d.days(), d.withDifference(), Money.of(d.amount()));
    }

    /** Bills voided; days closed with a count, days with a difference, and the differences summed either way. */
    public record CashierTally(int voided, int daysClosed, int daysWithDifference, Money differences) {
    }

    private static BusinessRuleException alreadyClosed(CashDayClosed closed) {
        return new BusinessRuleException("cashUp.alreadyClosed", closed.businessDay().toString(), closed.closedBy(),
                closed.closedAt().toLocalTime().withNano(0).toString());
    }
}
