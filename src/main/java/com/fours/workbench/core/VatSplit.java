package com.fours.workbench.core;

import java.util.Objects;

/** A tax-inclusive amount split into its net part and its VAT; {@code net + tax} is the original amount. */
public record VatSplit(Money net, Money tax) {

    public VatSplit {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
    }

    public Money gross() {
        return net.plus(tax);
    }
}
