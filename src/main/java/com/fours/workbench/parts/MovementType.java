package com.fours.workbench.parts;

/** Why stock moved. Each type fixes the sign a movement may have: into stock, out of it, or either. */
public enum MovementType {
    RECEIPT(Direction.IN),
    ISSUE_TO_REPAIR_ORDER(Direction.OUT),
    RETURN_FROM_REPAIR_ORDER(Direction.IN),
    COUNTER_SALE(Direction.OUT),
    RETURN_TO_SUPPLIER(Direction.OUT),
    ADJUSTMENT(Direction.EITHER),
    STOCKTAKE_VARIANCE(Direction.EITHER),
    TRANSFER_OUT(Direction.OUT),
    TRANSFER_IN(Direction.IN),
    /** A priced parts sale's pick (decision 0103); COUNTER_SALE stays for the history before it. */
    PARTS_SALE(Direction.OUT),
    PARTS_SALE_RETURN(Direction.IN);

    public enum Direction { IN, OUT, EITHER }

    private final Direction direction;

    MovementType(Direction direction) {
        this.direction = direction;
    }

    public Direction direction() {
        return direction;
    }

    /** Whether a movement of this type may carry a quantity of this sign (never zero). */
    public boolean allows(int signum) {
        return signum != 0 && switch (direction) {
            case IN -> signum > 0;
            case OUT -> signum < 0;
            case EITHER -> true;
        };
    }
}
