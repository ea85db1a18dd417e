package com.fours.workbench.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading a printed document back: its text, and that it carries the bundled CJK font wherever it prints. */
public final class PdfAssertions {

    private PdfAssertions() {
    }

    /** The text of every page of {@code pdf}. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document);
        }
    }

    /** The text of every page of {@code document}. */
    public static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** The text of the pages {@code first} to {@code last} of {@code document}, counted from 1. */
    public static String text(PDDocument document, int first, int last) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        return stripper.getText(document);
    }

    /** Every font of every page is the bundled Noto Sans SC, embedded with its font file: it prints on any PC. */
    public static void assertEveryFontEmbedded(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty();
        for (PDFont font : fonts) {
            assertThat(font.getName()).as("font name").contains("NotoSansSC");
            PDFontLike glyphs = font instanceof PDType0Font type0 ? type0.getDescendantFont() : font;
            assertThat(glyphs.isEmbedded()).as("%s embedded", font.getName()).isTrue();
            assertThat(glyphs.getFontDescriptor().getFontFile2()).as("%s font file", font.getName()).isNotNull();
        }
    }
}
