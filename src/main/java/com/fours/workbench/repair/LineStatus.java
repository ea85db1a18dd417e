package com.fours.workbench.repair;

/**
 * Where the work of a line stands. Dispatch moves a line to {@link #IN_PROGRESS}; the technician's
 * last clock-off (or the advisor, for fees and parts) marks it {@link #DONE}. An approved line that
 * is not done keeps the order out of quality control.
 */
public enum LineStatus {
    WAITING,
    IN_PROGRESS,
    DONE
}
