package com.fours.workbench.reporting;

import java.util.Objects;

import net.sf.jasperreports.engine.JasperPrint;

/**
 * A filled report ready to preview, print or save: the pages plus the title the user sees (window
 * title, print job name, PDF title and suggested file name).
 */
public record RenderedReport(String title, JasperPrint print) {

    public RenderedReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(print, "print");
    }

    public int pageCount() {
        return print.getPages().size();
    }

    /** Page width in points (1/72 inch); a page image at zoom 1 is this many pixels wide. */
    public int pageWidth() {
        return print.getPageWidth();
    }

    /** Page height in points (1/72 inch). */
    public int pageHeight() {
        return print.getPageHeight();
    }
}
