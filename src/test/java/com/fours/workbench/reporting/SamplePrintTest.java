package com.fours.workbench.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installer's second launcher: a Chinese sample PDF and exit codes a script can check. */
class SamplePrintTest {

    @Test
    void writesTheChineseSampleAndReturnsZero(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("样张.pdf");

        assertThat(SamplePrint.run(new String[] {file.toString()})).isZero();

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("星辰汽车销售服务有限公司", "操作审计日志摘录", "张伟", "价格调整", "共 3 条记录");
        }
    }

    @Test
    void wrongCommandLineReturnsTwo(@TempDir Path folder) {
        assertThat(SamplePrint.run(new String[0])).isEqualTo(2);
        assertThat(SamplePrint.run(new String[] {folder.resolve("missing/sample.pdf").toString()})).isEqualTo(2);
    }
}
