package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.core.Typed;

/**
 * The warehouse's own movements that need no order or reservation: counter sales, adjustments with a reason and transfers between bins. Each goes through the
 * {@link StockLedger} in one transaction with its audit row.
 */
public final class StockService {

    public static final int MAX_REASON = 300;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final StockLedger ledger;

    public StockService(Transactions transactions, Session session, AuditTrail audit, StockLedger ledger) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.ledger = ledger;
    }

    /** A sale over the counter (柜台销售), out of one bin. */
    public long counterSale(long partId, long binId, BigDecimal quantity, String reference) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        positive(quantity);
        return transactions.inTransaction(handle -> {
            long id = ledger.post(handle, NewMovement.of(partId, binId, MovementType.COUNTER_SALE, quantity.negate())
                    .withReference(Typed.optionalText(reference, 60))).get(0);
            Lots.consume(handle, partId, id, quantity);
            return id;
        });
    }

    /** Corrects stock by a signed quantity, with the reason; audited. */
    public long adjust(long partId, long binId, BigDecimal signedQuantity, String reason) {
        session.require(Permission.ADJUST_STOCK);
        String why = requiredReason(reason);
        if (signedQuantity == null || signedQuantity.signum() == 0) {
            throw new InvalidValueException("quantity.invalid.zero");
        }
        return transactions.inTransaction(handle -> {
            Part part = PartsService.load(handle, partId);
            BigDecimal before = StockLedger.onHand(handle, partId, binId);
            if (signedQuantity.signum() > 0) {
                PartsService.assignBin(handle, partId, binId, false);
            }
            long id = ledger.post(handle, NewMovement.of(partId, binId, MovementType.ADJUSTMENT, signedQuantity)
                    .withReason(why)).get(0);
            audit.record(handle, PartsAuditAction.STOCK_ADJUSTED, "part", partId,
                    part.partNumber() + " " + binCode(handle, binId) + " " + Quantity.display(before),
                    Quantity.display(StockLedger.onHand(handle, partId, binId)) + " (" + why + ")");
            return id;
        });
    }

    /** Moves stock from one bin to another: a pair of movements that leaves the part's total unchanged. */
    public List<Long> transfer(long partId, long fromBinId, long toBinId, BigDecimal quantity) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        positive(quantity);
        if (fromBinId == toBinId) {
            throw new BusinessRuleException("stock.transferSameBin");
        }
        return transactions.inTransaction(handle -> {
            Part part = PartsService.load(handle, partId);
            PartsService.assignBin(handle, partId, toBinId, false);
            String ref = binCode(handle, fromBinId) + " → " + binCode(handle, toBinId);
            List<Long> ids = ledger.post(handle,
                    NewMovement.of(partId, fromBinId, MovementType.TRANSFER_OUT, quantity.negate()).withReference(ref),
                    NewMovement.of(partId, toBinId, MovementType.TRANSFER_IN, quantity).withReference(ref));
            audit.record(handle, PartsAuditAction.STOCK_TRANSFERRED, "part", partId, null,
                    part.partNumber() + " " + Quantity.display(quantity) + " " + ref);
            return ids;
        });
    }

    static String binCode(Handle handle, long binId) {
        return handle.attach(PartsDao.class).bin(binId).map(Bin::code)
                .orElseThrow(() -> new BusinessRuleException("bin.notFound", String.valueOf(binId)));
    }

    static void positive(BigDecimal quantity) {
        if (quantity == null || quantity.signum() == 0) {
            throw new InvalidValueException("quantity.invalid.zero");
        }
        if (quantity.signum() < 0) {
            throw new InvalidValueException("quantity.invalid.negative");
        }
    }

    static String requiredReason(String reason) {
        String why = Typed.optionalText(reason, MAX_REASON);
        if (why == null) {
            throw new InvalidValueException("stock.reasonRequired");
        }
        return why;
    }
}
