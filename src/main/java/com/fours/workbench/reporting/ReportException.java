package com.fours.workbench.reporting;

/**
 * A report could not be loaded, filled, exported, rendered or printed. The message is for the log
 * (it names the report and the step); the user interface shows its own translated text.
 */
public class ReportException extends RuntimeException {

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
