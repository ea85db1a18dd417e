package com.fours.workbench.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import com.fours.workbench.reporting.ReportFonts;

/**
 * Draws a dashboard chart for the printed report with Java2D (headless, decision 0095): bars grouped
 * by category, one colour per series, or a line; a legend above, the value axis from 0 with four
 * grid lines. A missing value ("no data") draws nothing.
 */
final class ChartImage {

    private static final Color[] SERIES = {new Color(0x09, 0x69, 0xDA), new Color(0x8C, 0x95, 0x9F),
            new Color(0xE3, 0x8B, 0x2C)};
    private static final Color TEXT = new Color(0x1F, 0x23, 0x28);
    private static final Color GRID = new Color(0xD0, 0xD7, 0xDE);
    private static final int SCALE = 2;

    private ChartImage() {
    }

    /** PNG bytes of the chart at {@code width} x {@code height} points, drawn at twice that for print. */
    static byte[] png(DashboardChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(g, chart, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, DashboardChart chart, int width, int height) {
        Font small = ReportFonts.font(Font.PLAIN, 7f);
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        // legend
        int x = 40;
        for (int s = 0; s < chart.series().size(); s++) {
            g.setColor(SERIES[s % SERIES.length]);
            g.fillRect(x, 4, 8, 8);
            g.setColor(TEXT);
            String name = chart.series().get(s).name();
            g.drawString(name, x + 11, 11);
            x += 11 + fm.stringWidth(name) + 14;
        }
        double max = 0;
        for (DashboardChart.Series series : chart.series()) {
            for (BigDecimal v : series.values()) {
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        DashboardChart.CountAxis counts = chart.unit() == FigureUnit.COUNT ? chart.countAxis() : null;
        double top = counts != null ? counts.upper() : niceTop(max);
        int divisions = counts != null ? counts.divisions() : 4;
        int left = 40;
        int right = width - 8;
        int plotTop = 20;
        int bottom = height - 22;
        g.setStroke(new BasicStroke(0.5f));
        for (int i = 0; i <= divisions; i++) {
            int y = bottom - (int) Math.round((bottom - plotTop) * i / (double) divisions);
            g.setColor(GRID);
            g.drawLine(left, y, right, y);
            g.setColor(TEXT);
            String label = axisLabel(top * i / divisions);
            g.drawString(label, left - 4 - fm.stringWidth(label), y + 3);
        }
        int n = chart.categories().size();
        if (n == 0) {
            return;
        }
        double slot = (right - left) / (double) n;
        int every = Math.max(1, (int) Math.ceil(n / ((right - left) / 34.0)));
        for (int c = 0; c < n; c++) {
            if (c % every == 0) {
                String label = chart.categories().get(c);
                while (fm.stringWidth(label) > slot * every - 2 && label.length() > 2) {
                    label = label.substring(0, label.length() - 1);
                }
                g.setColor(TEXT);
                g.drawString(label, (float) (left + slot * c + (slot - fm.stringWidth(label)) / 2), bottom + 11);
            }
        }
        if (chart.kind() == DashboardChart.ChartKind.LINE) {
            g.setStroke(new BasicStroke(1.4f));
            for (int s = 0; s < chart.series().size(); s++) {
                g.setColor(SERIES[s % SERIES.length]);
                List<BigDecimal> values = chart.series().get(s).values();
                int px = -1;
                int py = -1;
                for (int c = 0; c < n; c++) {
                    BigDecimal v = values.get(c);
                    if (v == null) {
                        px = -1;
                        continue;
                    }
                    int cx = (int) Math.round(left + slot * c + slot / 2);
                    int cy = y(v, top, plotTop, bottom);
                    if (px >= 0) {
                        g.drawLine(px, py, cx, cy);
                    }
                    g.fillOval(cx - 2, cy - 2, 4, 4);
                    px = cx;
                    py = cy;
                }
            }
            return;
        }
        int k = chart.series().size();
        double bar = Math.max(1, (slot * 0.8) / k);
        for (int c = 0; c < n; c++) {
            for (int s = 0; s < k; s++) {
                BigDecimal v = chart.series().get(s).values().get(c);
                if (v == null) {
                    continue;
                }
                int bx = (int) Math.round(left + slot * c + slot * 0.1 + bar * s);
                int by = y(v, top, plotTop, bottom);
                g.setColor(SERIES[s % SERIES.length]);
                g.fillRect(bx, Math.min(by, bottom), Math.max(1, (int) Math.floor(bar) - 1), Math.abs(bottom - by));
            }
        }
    }

    private static int y(BigDecimal v, double top, int plotTop, int bottom) {
        return bottom - (int) Math.round((bottom - plotTop) * Math.max(0, v.doubleValue()) / top);
    }

    /** A round top for the value axis: 1, 2 or 5 times a power of ten, at least the largest value. */
    static double niceTop(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String axisLabel(double value) {
        if (value >= 10_000) {
            return Math.round(value / 1000) + "k";
        }
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
