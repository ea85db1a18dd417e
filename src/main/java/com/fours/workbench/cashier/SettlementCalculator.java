package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairLine;

/**
 * The arithmetic of a settlement, without the database: lines per payer, the excess moved from the
 * insurer's bill to the customer's, discounts spread over lines so that the lines still sum to the
 * bill exactly, and the VAT split of each total. Every amount is exact to the fen.
 */
public final class SettlementCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SettlementCalculator() {
    }

    /** What a part line prints besides its name: brand or specification, and unit. */
    record PartInfo(String brandSpec, String unit) {
    }

    /** The discounts of the customer's bill, already checked. {@code couponPercent} or {@code couponValue}, or neither. */
    public record Discounts(BigDecimal labourPercent, BigDecimal partsPercent, String couponCode, BigDecimal couponPercent,
                     Money couponValue, Money manual, String manualReason, String givenBy, String approvedBy) {

        public static Discounts none(String givenBy) {
            return new Discounts(BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null, null, givenBy, null);
        }
    }

    /** The other payers: the maker's claim and the insurer's, with the customer's excess. */
    public record Claims(String warrantyMaker, String warrantyClaim, String insurer, String insuranceClaim, Money excess) {
    }

    public static List<SettlementBill> bills(List<RepairLine> orderLines, Map<Long, PartInfo> parts, String customerName,
                                      Discounts discounts, Claims claims, BigDecimal vatRate) {
        Map<Payer, List<BillLine>> byPayer = new EnumMap<>(Payer.class);
        for (RepairLine line : orderLines) {
            if (!line.charged() || line.payer() == Payer.INTERNAL) {
                continue;
            }
            List<BillLine> lines = byPayer.computeIfAbsent(line.payer(), p -> new ArrayList<>());
            lines.add(billLine(lines.size() + 1, line, line.partId() == null ? null : parts.get(line.partId())));
        }
        Money excess = claims.excess() == null ? Money.ZERO : claims.excess();
        List<SettlementBill> bills = new ArrayList<>();
        if (excess.isPositive()) {
            List<BillLine> insured = byPayer.get(Payer.INSURANCE);
            Money insuredTotal = insured == null ? Money.ZERO : sum(insured);
            if (excess.compareTo(insuredTotal) > 0) {
                throw new BusinessRuleException("cashier.excess.aboveInsured", excess.toPlainString(),
                        insuredTotal.toPlainString());
            }
        }
        List<BillLine> customerLines = byPayer.getOrDefault(Payer.CUSTOMER, List.of());
        if (!customerLines.isEmpty() || excess.isPositive()) {
            List<BillDiscount> given = new ArrayList<>();
            List<BillLine> discounted = discount(customerLines, discounts, given);
            if (excess.isPositive()) {
                discounted = new ArrayList<>(discounted);
                discounted.add(excessLine(discounted.size() + 1, excess, claims.insuranceClaim()));
            }
            bills.add(bill(Payer.CUSTOMER, customerName, null, excess, discounted, given, vatRate));
        }
        List<BillLine> warranty = byPayer.get(Payer.WARRANTY);
        if (warranty != null) {
            bills.add(bill(Payer.WARRANTY, claims.warrantyMaker(), claims.warrantyClaim(), Money.ZERO, warranty, List.of(),
                    vatRate));
        }
        List<BillLine> insured = byPayer.get(Payer.INSURANCE);
        if (insured != null) {
            List<BillLine> lines = new ArrayList<>(insured);
            if (excess.isPositive()) {
                lines.add(excessLine(lines.size() + 1, excess.negate(), claims.insuranceClaim()));
            }
            bills.add(bill(Payer.INSURANCE, claims.insurer(), claims.insuranceClaim(), excess, lines, List.of(), vatRate));
        }
        return bills;
    }

    private static BillLine billLine(int no, RepairLine line, PartInfo part) {
        BillLineKind kind = BillLineKind.valueOf(line.kind().name());
        String code = line.kind() == LineKind.PART ? line.partNumber() : line.operationCode();
        String unit = line.kind() == LineKind.LABOUR ? null : part == null ? null : part.unit();
        return new BillLine(no, line.id(), kind, code, line.description(), part == null ? null : part.brandSpec(), unit,
                line.quantity(), line.unitPrice(), line.amount(), Money.ZERO, line.amount());
    }

    private static BillLine excessLine(int no, Money amount, String claim) {
        return new BillLine(no, null, BillLineKind.EXCESS, claim, "保险免赔额", null, null, BigDecimal.ONE, amount,
                amount, Money.ZERO, amount);
    }

    /** Member level first (per line, half-up), then the coupon, then the manual discount, each on what is left. */
    static List<BillLine> discount(List<BillLine> lines, Discounts d, List<BillDiscount> given) {
        List<BillLine> result = new ArrayList<>(lines);
        if (d.labourPercent().signum() > 0 || d.partsPercent().signum() > 0) {
            Money member = Money.ZERO;
            for (int i = 0; i < result.size(); i++) {
                BillLine line = result.get(i);
                BigDecimal percent = line.kind() == BillLineKind.LABOUR ? d.labourPercent()
                        : line.kind() == BillLineKind.PART ? d.partsPercent() : BigDecimal.ZERO;
                Money off = percentOf(line.total(), percent);
                if (off.isPositive()) {
                    result.set(i, line.withDiscount(off));
                    member = member.plus(off);
                }
            }
            if (member.isPositive()) {
                given.add(new BillDiscount(DiscountKind.MEMBER, member, null, null, d.givenBy(), null));
            }
        }
        if (d.couponCode() != null) {
            Money coupon = Money.ZERO;
            if (d.couponPercent() != null) {
                for (int i = 0; i < result.size(); i++) {
                    Money off = percentOf(result.get(i).total(), d.couponPercent());
                    result.set(i, result.get(i).withDiscount(off));
                    coupon = coupon.plus(off);
                }
            } else {
                Money left = sum(result);
                coupon = d.couponValue().compareTo(left) > 0 ? left : d.couponValue();
                result = spreadOver(result, coupon);
            }
            given.add(new BillDiscount(DiscountKind.COUPON, coupon, d.couponCode(), null, d.givenBy(), null));
        }
        if (d.manual() != null && d.manual().isPositive()) {
            Money left = sum(result);
            if (d.manual().compareTo(left) > 0) {
                throw new BusinessRuleException("cashier.discount.aboveTotal", d.manual().toPlainString(),
                        left.toPlainString());
            }
            result = spreadOver(result, d.manual());
            given.add(new BillDiscount(DiscountKind.MANUAL, d.manual(), null, d.manualReason(), d.givenBy(),
                    d.approvedBy()));
        }
        return result;
    }

    static Money percentOf(Money amount, BigDecimal percent) {
        return Money.of(amount.amount().multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }

    private static List<BillLine> spreadOver(List<BillLine> lines, Money discount) {
        List<Money> shares = spread(discount, lines.stream().map(BillLine::total).toList());
        List<BillLine> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            result.add(shares.get(i).isZero() ? lines.get(i) : lines.get(i).withDiscount(shares.get(i)));
        }
        return result;
    }

    /**
     * Spreads an amount over lines in proportion to their weights, in whole fen: each line gets
     * the fen below its exact share, and the fen left over go one each to the lines with the
     * largest remainders (the earlier line on a tie). The shares sum to the amount exactly and no
     * line gets more than its weight.
     */
    static List<Money> spread(Money amount, List<Money> weights) {
        BigInteger total = BigInteger.ZERO;
        for (Money w : weights) {
            total = total.add(fen(w));
        }
        List<Money> shares = new ArrayList<>(weights.size());
        if (total.signum() == 0) {
            weights.forEach(w -> shares.add(Money.ZERO));
            return shares;
        }
        BigInteger a = fen(amount);
        long[] share = new long[weights.size()];
        BigInteger[] remainder = new BigInteger[weights.size()];
        long given = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigInteger[] qr = a.multiply(fen(weights.get(i))).divideAndRemainder(total);
            share[i] = qr[0].longValueExact();
            remainder[i] = qr[1];
            given += share[i];
        }
        long left = a.longValueExact() - given;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < weights.size(); i++) {
                if (remainder[i].signum() > 0 && (best < 0 || remainder[i].compareTo(remainder[best]) > 0)) {
                    best = i;
                }
            }
            share[best]++;
            remainder[best] = BigInteger.ZERO;
            left--;
        }
        for (long s : share) {
            shares.add(Money.of(BigDecimal.valueOf(s, 2)));
        }
        return shares;
    }

    private static BigInteger fen(Money money) {
        return money.amount().movePointRight(2).toBigIntegerExact();
    }

    static Money sum(List<BillLine> lines) {
        return Money.sum(lines.stream().map(BillLine::total).toList());
    }

    private static SettlementBill bill(Payer payer, String payerName, String claim, Money excess, List<BillLine> lines,
                                       List<BillDiscount> discounts, BigDecimal vatRate) {
        Money labour = Money.ZERO;
        Money parts = Money.ZERO;
        Money other = Money.ZERO;
        Money discount = Money.ZERO;
        for (BillLine line : lines) {
            switch (line.kind()) {
                case LABOUR -> labour = labour.plus(line.amount());
                case PART -> parts = parts.plus(line.amount());
                default -> other = other.plus(line.amount());
            }
            discount = discount.plus(line.discount());
        }
        Money total = sum(lines);
        return new SettlementBill(payer, payerName, claim, excess, lines, discounts, labour, parts, other, discount, total,
                total.splitIncludedVat(vatRate));
    }
}
