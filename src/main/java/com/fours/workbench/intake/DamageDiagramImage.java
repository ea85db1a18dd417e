package com.fours.workbench.intake;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import com.fours.workbench.reporting.ReportFonts;

/**
 * The damage diagram drawn with Java2D for the printed sheet: the same {@link CarOutline} and
 * marker positions as the screen, at print resolution.
 */
public final class DamageDiagramImage {

    static final Color OUTLINE = new Color(0x30, 0x36, 0x3D);
    static final Color MARKER = new Color(0xCF, 0x22, 0x2E);
    static final Color LABEL = new Color(0x59, 0x63, 0x6E);

    private DamageDiagramImage() {
    }

    /** The marker's radius as a share of a view's height, on screen and on paper. */
    public static final double MARKER_RADIUS = 0.085;

    /**
     * @param width pixels; the height follows from {@link CarOutline#height}
     * @param viewLabels the caption of each view ("左侧"), drawn in its box's top corner
     */
    public static BufferedImage render(List<DamageMarker> markers, Map<CarView, String> viewLabels, int width) {
        CarOutline.Layout layout = CarOutline.layout(width);
        BufferedImage image = new BufferedImage(width, (int) Math.ceil(layout.height()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            double unit = layout.box(CarView.TOP).height();
            for (CarView view : CarView.values()) {
                CarOutline.Box box = layout.box(view);
                g.setStroke(new BasicStroke((float) Math.max(1, unit * 0.018), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                for (CarOutline.Shape shape : CarOutline.shapes(view)) {
                    draw(g, box, shape);
                }
                String label = viewLabels.getOrDefault(view, "");
                g.setColor(LABEL);
                g.setFont(font(Font.PLAIN, (float) (unit * CarOutline.CAPTION_SIZE)));
                FontMetrics fm = g.getFontMetrics();
                g.drawString(label, (int) box.x() + 2, (int) (box.y() - unit * CarOutline.CAPTION_TOP + fm.getAscent()));
            }
            for (DamageMarker marker : markers) {
                CarOutline.Box box = layout.box(marker.view());
                drawMarker(g, box.toX(marker.x()), box.toY(marker.y()), unit * MARKER_RADIUS, marker.number());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g, CarOutline.Box box, CarOutline.Shape shape) {
        double[] c = shape.coordinates();
        if (shape.kind() == CarOutline.Shape.Kind.ELLIPSE) {
            double rx = c[2] * box.width();
            double ry = c[3] * box.height();
            Ellipse2D e = new Ellipse2D.Double(box.toX(c[0]) - rx, box.toY(c[1]) - ry, 2 * rx, 2 * ry);
            g.setColor(Color.WHITE);
            g.fill(e);
            g.setColor(OUTLINE);
            g.draw(e);
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(box.toX(c[0]), box.toY(c[1]));
        for (int i = 2; i < c.length; i += 2) {
            path.lineTo(box.toX(c[i]), box.toY(c[i + 1]));
        }
        if (shape.kind() == CarOutline.Shape.Kind.POLYGON) {
            path.closePath();
        }
        g.setColor(OUTLINE);
        g.draw(path);
    }

    private static void drawMarker(Graphics2D g, double cx, double cy, double r, int number) {
        Ellipse2D circle = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(MARKER);
        g.fill(circle);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(1, r * 0.12)));
        g.draw(circle);
        String text = Integer.toString(number);
        g.setFont(font(Font.BOLD, (float) (r * (text.length() > 1 ? 1.1 : 1.35))));
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0), (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
    }

    private static Font font(int style, float size) {
        return ReportFonts.font(style, size);
    }
}
