package com.fours.workbench.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRChild;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/** Every report source in reports/ compiles and prints with the bundled CJK font only. */
class ReportSourcesTest {

    private static final Path SOURCES = Path.of("reports");
    private static final String FONT = "Noto Sans SC";

    static Stream<Path> reportSources() {
        return ReportSourceCompiler.sources(SOURCES).stream();
    }

    @Test
    void theReportFolderHasReports() {
        assertThat(ReportSourceCompiler.sources(SOURCES)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("reportSources")
    void compiles(Path source, @TempDir Path output) {
        Path compiled = ReportSourceCompiler.compile(source, output);

        assertThat(compiled).isRegularFile();
        assertThat(compiled.getFileName().toString()).endsWith(".jasper");
    }

    @ParameterizedTest
    @MethodSource("reportSources")
    void usesOnlyTheBundledChineseFont(Path source) throws Exception {
        JasperDesign design = JRXmlLoader.load(source.toFile());

        assertThat(design.getDefaultStyle()).as("default style of %s", source).isNotNull();
        assertThat(design.getDefaultStyle().getFontName()).as("default font of %s", source).isEqualTo(FONT);
        for (JRStyle style : design.getStyles()) {
            assertThat(style.getOwnFontName()).as("font of style %s in %s", style.getName(), source)
                    .isIn(null, FONT);
        }
        for (JRTextElement text : textElements(design)) {
            assertThat(text.getOwnFontName()).as("font of element %s in %s", text.getUUID(), source)
                    .isIn(null, FONT);
        }
    }

    @Test
    void aBrokenReportFailsNamingTheFile(@TempDir Path folder) throws Exception {
        Path sources = Files.createDirectory(folder.resolve("src"));
        Files.writeString(sources.resolve("broken_sheet.jrxml"), """
                <jasperReport name="broken_sheet" language="java" pageWidth="595" pageHeight="842" columnWidth="555">
                  <title height="20">
                    <element kind="textField" x="0" y="0" width="100" height="20">
                      <expression><![CDATA[$F{noSuchField}]]></expression>
                    </element>
                  </title>
                </jasperReport>
                """);

        assertThatThrownBy(() -> ReportSourceCompiler.compileAll(sources, folder.resolve("out")))
                .isInstanceOf(ReportSourceCompiler.ReportCompilationException.class)
                .hasMessageContaining("broken_sheet.jrxml");
    }

    @Test
    void skipsReportsAlreadyCompiledAndDropsThoseWhoseSourceIsGone(@TempDir Path folder) throws Exception {
        Path sources = Files.createDirectory(folder.resolve("src"));
        Path output = folder.resolve("out");
        Path source = ReportSourceCompiler.sources(SOURCES).get(0);
        Files.copy(source, sources.resolve(source.getFileName()));
        Path compiled = ReportSourceCompiler.compileAll(sources, output).get(0);
        FileTime firstBuild = Files.getLastModifiedTime(compiled);
        Path orphan = Files.writeString(output.resolve("renamed_long_ago.jasper"), "old");

        List<Path> again = ReportSourceCompiler.compileAll(sources, output);

        assertThat(again).containsExactly(compiled);
        assertThat(Files.getLastModifiedTime(compiled)).isEqualTo(firstBuild);
        assertThat(orphan).doesNotExist();
    }

    private static List<JRTextElement> textElements(JasperDesign design) {
        List<JRBand> bands = new ArrayList<>();
        for (JRBand band : new JRBand[] {design.getBackground(), design.getTitle(), design.getPageHeader(),
                design.getColumnHeader(), design.getColumnFooter(), design.getPageFooter(),
                design.getLastPageFooter(), design.getSummary(), design.getNoData()}) {
            if (band != null) {
                bands.add(band);
            }
        }
        addBands(bands, design.getDetailSection());
        for (JRGroup group : design.getGroups()) {
            addBands(bands, group.getGroupHeaderSection());
            addBands(bands, group.getGroupFooterSection());
        }
        List<JRTextElement> texts = new ArrayList<>();
        bands.forEach(band -> collectTexts(band, texts));
        return texts;
    }

    private static void addBands(List<JRBand> bands, JRSection section) {
        if (section != null && section.getBands() != null) {
            bands.addAll(List.of(section.getBands()));
        }
    }

    private static void collectTexts(JRElementGroup group, List<JRTextElement> texts) {
        for (JRChild child : group.getChildren()) {
            if (child instanceof JRTextElement text) {
                texts.add(text);
            }
            if (child instanceof JRElementGroup nested) {
                collectTexts(nested, texts);
            }
        }
    }
}
