package com.fours.workbench.repair;

/**
 * Why a technician clocks off a job: finished their part of it, or a pause (waiting for parts, a
 * break, something else). The last technician to clock off FINISHED marks the line done.
 */
public enum JobClockReason {
    FINISHED,
    WAITING_FOR_PARTS,
    BREAK,
    OTHER;

    public boolean pause() {
        return this != FINISHED;
    }
}
