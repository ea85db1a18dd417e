package com.fours.workbench.reporting;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.JRPrintServiceExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimplePrintServiceExporterConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills, exports, renders and prints the reports compiled at build time into
 * {@code /reports/<name>.jasper} on the class path. One instance serves the whole application; it is
 * thread-safe, and every method may be slow, so call it off the JavaFX thread.
 *
 * <pre>{@code
 * RenderedReport report = engine.render("audit_log_extract", title, parameters, rows);
 * byte[] pdf = engine.exportPdf(report);
 * }</pre>
 */
public final class ReportEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ReportEngine.class);
    private static final String REPORT_FOLDER = "/reports/";
    private static final Pattern REPORT_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final float MAX_ZOOM = 10f;

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final ConcurrentMap<String, JasperReport> compiledReports = new ConcurrentHashMap<>();

    /**
     * Fills a report and names the result for the preview, the printer and the PDF.
     *
     * @param reportName the file name without {@code .jasper}, e.g. {@code audit_log_extract}
     * @param title what the user sees: window title, print job name, PDF title
     * @param parameters report parameters (labels already translated); may hold
     *     {@code JRParameter.REPORT_LOCALE}; copied, never modified
     * @param rows one record per detail row; report field names are record component names
     */
    public RenderedReport render(String reportName, String title, Map<String, ?> parameters,
            List<? extends Record> rows) {
        return new RenderedReport(title, fill(reportName, parameters, rows));
    }

    /** Fills a report from records; see {@link #render}. */
    public JasperPrint fill(String reportName, Map<String, ?> parameters, List<? extends Record> rows) {
        return fill(reportName, parameters, new RecordDataSource(rows));
    }

    /** Fills a report from any data source. The parameters are copied: filling writes into its map. */
    public JasperPrint fill(String reportName, Map<String, ?> parameters, JRDataSource rows) {
        JasperReport report = compiled(reportName);
        Map<String, Object> fillParameters = new HashMap<>(parameters);
        long started = System.nanoTime();
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(report, fillParameters, rows);
            LOG.debug("Filled report {}: {} page(s) in {} ms", reportName, print.getPages().size(), millisSince(started));
            return print;
        } catch (JRException | RuntimeException e) {
            throw new ReportException("Cannot fill report " + reportName + ": " + e.getMessage(), e);
        }
    }

    /** The compiled report, loaded from the class path on first use and kept. */
    public JasperReport compiled(String reportName) {
        Objects.requireNonNull(reportName, "reportName");
        if (!REPORT_NAME.matcher(reportName).matches()) {
            throw new IllegalArgumentException("Not a report name: " + reportName);
        }
        return compiledReports.computeIfAbsent(reportName, this::load);
    }

    private JasperReport load(String reportName) {
        String resource = REPORT_FOLDER + reportName + ".jasper";
        try (InputStream in = ReportEngine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException("Compiled report not on the class path: " + resource
                        + " (is reports/" + reportName + ".jrxml there, and did the build compile it?)", null);
            }
            JasperReport report = (JasperReport) JRLoader.loadObject(context, in);
            LOG.debug("Loaded compiled report {}", resource);
            return report;
        } catch (IOException | JRException | ClassCastException e) {
            throw new ReportException("Cannot load compiled report " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The report as a PDF document, every font embedded. */
    public byte[] exportPdf(RenderedReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exportPdf(report, out);
        return out.toByteArray();
    }

    /**
     * Writes the report as a PDF file. Written beside the target first and then moved into place, so
     * a failure never leaves a half-written file under the chosen name.
     */
    public void exportPdf(RenderedReport report, Path file) {
        Path target = file.toAbsolutePath();
        Path partial = null;
        try {
            Path folder = target.getParent();
            partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                exportPdf(report, out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            partial = null;
        } catch (IOException e) {
            throw new ReportException("Cannot write PDF " + target + ": " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    LOG.warn("Could not remove the partial file {}", partial, e);
                }
            }
        }
    }

    private void exportPdf(RenderedReport report, OutputStream out) {
        long started = System.nanoTime();
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(report.print()));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(report.title());
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw new ReportException("Cannot export " + report.print().getName() + " as PDF: " + e.getMessage(), e);
        }
        LOG.debug("Exported {} as PDF in {} ms", report.print().getName(), millisSince(started));
    }

    /**
     * One page as an image, for the preview. At zoom 1 the image is {@link RenderedReport#pageWidth()}
     * pixels wide (one pixel per point).
     *
     * @param pageIndex 0-based
     * @param zoom greater than 0, at most 10
     */
    public BufferedImage renderPage(RenderedReport report, int pageIndex, float zoom) {
        Objects.checkIndex(pageIndex, report.pageCount());
        if (!(zoom > 0f && zoom <= MAX_ZOOM)) {
            throw new IllegalArgumentException("Zoom out of range: " + zoom);
        }
        long started = System.nanoTime();
        try {
            Image image = JasperPrintManager.getInstance(context).printToImage(report.print(), pageIndex, zoom);
            LOG.debug("Rendered page {} of {} at zoom {} in {} ms", pageIndex + 1, report.print().getName(), zoom,
                    millisSince(started));
            return asBufferedImage(image);
        } catch (JRException | RuntimeException e) {
            throw new ReportException("Cannot render page " + (pageIndex + 1) + " of " + report.print().getName()
                    + ": " + e.getMessage(), e);
        }
    }

    private static BufferedImage asBufferedImage(Image image) {
        if (image instanceof BufferedImage buffered) {
            return buffered;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(null), image.getHeight(null), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** The printers installed on this computer; empty when there is none. May take a moment. */
    public List<PrintService> printServices() {
        return Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null));
    }

    /** The system's default printer, if one is set. */
    public Optional<PrintService> defaultPrintService() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
    }

    /** Prints every page on the given printer, without any system dialog. Blocks until spooled. */
    public void print(RenderedReport report, PrintService printer) {
        Objects.requireNonNull(printer, "printer");
        long started = System.nanoTime();
        PrintRequestAttributeSet request = new HashPrintRequestAttributeSet();
        request.add(new JobName(report.title(), null));
        MediaSizeName media = MediaSize.findMedia(report.pageWidth() / 72f, report.pageHeight() / 72f, MediaSize.INCH);
        if (media != null && printer.isAttributeValueSupported(media, null, null)) {
            request.add(media);
        }
        SimplePrintServiceExporterConfiguration configuration = new SimplePrintServiceExporterConfiguration();
        configuration.setPrintService(printer);
        configuration.setPrintRequestAttributeSet(request);
        configuration.setDisplayPageDialog(false);
        configuration.setDisplayPrintDialog(false);
        JRPrintServiceExporter exporter = new JRPrintServiceExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(report.print()));
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw new ReportException("Cannot print " + report.print().getName() + " on " + printer.getName() + ": "
                    + e.getMessage(), e);
        }
        LOG.info("Printed {} ({} page(s)) on {} in {} ms", report.print().getName(), report.pageCount(),
                printer.getName(), millisSince(started));
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
