package com.fours.workbench.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.i18n.Messages;

/**
 * Writes a one-page sample of the audit-log extract in Chinese to the PDF file named by {@code args[0]},
 * without a window, a database or a Java compiler. The installer ships it as the second launcher
 * {@code 4S-Workbench-print-sample}: the smoke test runs it from the packaged runtime, and support staff
 * can run it on a customer PC to see whether reports and their embedded Chinese font work there.
 * Exit code 0 when the file is written, 1 when rendering or writing fails, 2 on a wrong command line.
 */
public final class SamplePrint {

    private static final Logger LOG = LoggerFactory.getLogger(SamplePrint.class);

    static final AuditLogExtract.Header HEADER = new AuditLogExtract.Header(
            "星辰汽车销售服务有限公司 售后服务部", "2025-03-01", "2025-03-31", "李娜", "2025-04-01 09:30");

    static final List<AuditLogExtract.Row> ROWS = List.of(
            new AuditLogExtract.Row("2025-03-03 08:15:02", "张伟", "修改用户角色", "用户 #1001",
                    "角色：服务顾问", "角色：服务顾问、结算员"),
            new AuditLogExtract.Row("2025-03-12 10:42:37", "王芳", "价格调整", "维修工单 RO-2025-0301",
                    "工时单价 ¥180.00", "工时单价 ¥160.00；原因：老客户保养套餐优惠"),
            new AuditLogExtract.Row("2025-03-28 16:05:11", "刘洋", "库存调整", "配件 BP-5003",
                    "在库 12 件", "在库 10 件，盘点差异 -2 件"));

    private SamplePrint() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length != 1 || args[0].isBlank()) {
            LOG.error("Usage: 4S-Workbench-print-sample OUTPUT.pdf (writes a Chinese sample of the audit-log extract)");
            return 2;
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        if (!Files.isDirectory(file.getParent())) {
            LOG.error("Cannot write {}: the folder {} does not exist", file, file.getParent());
            return 2;
        }
        long started = System.nanoTime();
        try {
            ReportEngine engine = new ReportEngine();
            RenderedReport report = AuditLogExtract.render(engine, Messages.forLocale(Locale.SIMPLIFIED_CHINESE),
                    HEADER, ROWS);
            engine.exportPdf(report, file);
            LOG.info("Wrote {} ({} page(s), {} bytes) in {} ms", file, report.pageCount(), Files.size(file),
                    (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (Exception | LinkageError e) {
            LOG.error("Could not write the sample report to {}", file, e);
            return 1;
        }
    }
}
