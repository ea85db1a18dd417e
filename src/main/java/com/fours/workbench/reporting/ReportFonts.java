package com.fours.workbench.reporting;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled Noto Sans SC as AWT fonts, loaded once, for images drawn on the server side (the
 * damage diagram, the dashboard's charts) so their Chinese labels print the same on every PC.
 */
public final class ReportFonts {

    private static final Logger log = LoggerFactory.getLogger(ReportFonts.class);

    private ReportFonts() {
    }

    /** The regular or bold face at this size. */
    public static Font font(int style, float size) {
        return (style == Font.BOLD ? Loaded.BOLD : Loaded.REGULAR).deriveFont(size);
    }

    private static final class Loaded {
        static final Font REGULAR = load("/fonts/NotoSansSC-Regular.ttf", Font.PLAIN);
        static final Font BOLD = load("/fonts/NotoSansSC-Bold.ttf", Font.BOLD);

        private static Font load(String resource, int style) {
            try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
                if (in != null) {
                    return Font.createFont(Font.TRUETYPE_FONT, in);
                }
            } catch (IOException | FontFormatException e) {
                log.warn("Cannot load {}; images use the default font", resource, e);
            }
            return new Font(Font.SANS_SERIF, style, 12);
        }
    }
}
