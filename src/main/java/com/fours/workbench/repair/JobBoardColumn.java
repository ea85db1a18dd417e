package com.fours.workbench.repair;

/** The columns of the job board, left to right. */
public enum JobBoardColumn {
    WAITING,
    IN_PROGRESS,
    WAITING_FOR_PARTS,
    WAITING_FOR_APPROVAL,
    IN_QC,
    READY
}
