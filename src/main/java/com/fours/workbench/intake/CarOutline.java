package com.fours.workbench.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The car outline of the damage diagram, defined once: the left side, the roof seen from above and
 * the right side, stacked in that order, the front of the car always at the same end as on the
 * real car seen from there. Both the screen (JavaFX) and the printed sheet (Java2D) draw these
 * shapes into the boxes of {@link #layout}, so a marker at (x, y) of a view is at the same place
 * on both.
 */
public final class CarOutline {

    /** Width over height of each view's box. */
    public static final double ASPECT = 2.6;
    /** Space between two views, as a share of a view's height; a view's caption sits in the space above it. */
    public static final double GAP = 0.2;
    /** Where a view's caption starts above its box, and its size, as shares of a view's height. */
    public static final double CAPTION_TOP = 0.19;
    public static final double CAPTION_SIZE = 0.12;

    /** A polygon (closed), a polyline (open) or an ellipse (cx, cy, rx, ry), all in 0..1 of its view's box. */
    public record Shape(Kind kind, double[] coordinates) {
        public enum Kind { POLYGON, POLYLINE, ELLIPSE }
    }

    /** A view's box in the drawing's own units (pixels on screen, points on paper). */
    public record Box(double x, double y, double width, double height) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        public double toX(double normalised) {
            return x + normalised * width;
        }

        public double toY(double normalised) {
            return y + normalised * height;
        }
    }

    /** Where a click fell: a view and the normalised position in it. */
    public record Placement(CarView view, double x, double y) {
    }

    /** The three boxes for a drawing of the given width; its height is {@link #height}. */
    public record Layout(double width, double height, Map<CarView, Box> boxes) {

        public Box box(CarView view) {
            return boxes.get(view);
        }

        public Optional<Placement> locate(double px, double py) {
            for (var entry : boxes.entrySet()) {
                Box b = entry.getValue();
                if (b.contains(px, py)) {
                    return Optional.of(new Placement(entry.getKey(), (px - b.x()) / b.width(), (py - b.y()) / b.height()));
                }
            }
            return Optional.empty();
        }
    }

    private static final Map<CarView, List<Shape>> SHAPES = new EnumMap<>(CarView.class);

    static {
        List<Shape> left = side();
        SHAPES.put(CarView.LEFT, left);
        SHAPES.put(CarView.RIGHT, mirrored(left));
        SHAPES.put(CarView.TOP, top());
    }

    private CarOutline() {
    }

    public static double height(double width) {
        double viewHeight = width / ASPECT;
        return viewHeight * (3 + 3 * GAP);
    }

    public static Layout layout(double width) {
        double viewHeight = width / ASPECT;
        Map<CarView, Box> boxes = new EnumMap<>(CarView.class);
        double y = viewHeight * GAP;
        for (CarView view : CarView.values()) {
            boxes.put(view, new Box(0, y, width, viewHeight));
            y += viewHeight * (1 + GAP);
        }
        return new Layout(width, height(width), boxes);
    }

    public static List<Shape> shapes(CarView view) {
        return SHAPES.get(view);
    }

    // The left side of a saloon, front to the left; wheels are ellipses so they stay round at ASPECT.
    private static List<Shape> side() {
        List<Shape> shapes = new ArrayList<>();
        double wheelRy = 0.15;
        double wheelRx = wheelRy / ASPECT;
        shapes.add(polygon(0.02, 0.74, 0.02, 0.56, 0.05, 0.49, 0.14, 0.45, 0.29, 0.41, 0.38, 0.17, 0.48, 0.13,
                0.63, 0.13, 0.71, 0.18, 0.80, 0.38, 0.93, 0.42, 0.98, 0.48, 0.98, 0.74));
        shapes.add(polygon(0.33, 0.40, 0.40, 0.20, 0.50, 0.17, 0.51, 0.40));
        shapes.add(polygon(0.54, 0.40, 0.54, 0.17, 0.62, 0.17, 0.69, 0.21, 0.75, 0.38));
        shapes.add(polyline(0.52, 0.41, 0.52, 0.72));
        shapes.add(polyline(0.31, 0.42, 0.30, 0.72));
        shapes.add(polyline(0.76, 0.40, 0.74, 0.72));
        shapes.add(polyline(0.40, 0.50, 0.45, 0.50));
        shapes.add(polyline(0.61, 0.50, 0.66, 0.50));
        shapes.add(polygon(0.29, 0.41, 0.27, 0.36, 0.31, 0.35, 0.32, 0.40));
        shapes.add(polygon(0.02, 0.52, 0.06, 0.50, 0.07, 0.55, 0.02, 0.57));
        shapes.add(polygon(0.98, 0.50, 0.95, 0.49, 0.95, 0.56, 0.98, 0.57));
        shapes.add(ellipse(0.19, 0.76, wheelRx, wheelRy));
        shapes.add(ellipse(0.19, 0.76, wheelRx * 0.5, wheelRy * 0.5));
        shapes.add(ellipse(0.82, 0.76, wheelRx, wheelRy));
        shapes.add(ellipse(0.82, 0.76, wheelRx * 0.5, wheelRy * 0.5));
        return List.copyOf(shapes);
    }

    // The car from above, front to the left.
    private static List<Shape> top() {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(polygon(0.02, 0.30, 0.05, 0.16, 0.12, 0.10, 0.86, 0.10, 0.95, 0.14, 0.98, 0.28, 0.98, 0.72,
                0.95, 0.86, 0.86, 0.90, 0.12, 0.90, 0.05, 0.84, 0.02, 0.70));
        shapes.add(polygon(0.27, 0.17, 0.38, 0.23, 0.38, 0.77, 0.27, 0.83));
        shapes.add(polygon(0.38, 0.23, 0.72, 0.23, 0.72, 0.77, 0.38, 0.77));
        shapes.add(polygon(0.72, 0.23, 0.82, 0.17, 0.82, 0.83, 0.72, 0.77));
        shapes.add(polyline(0.10, 0.14, 0.14, 0.30, 0.14, 0.70, 0.10, 0.86));
        shapes.add(polyline(0.53, 0.10, 0.53, 0.23));
        shapes.add(polyline(0.53, 0.77, 0.53, 0.90));
        shapes.add(polygon(0.30, 0.10, 0.29, 0.03, 0.34, 0.03, 0.33, 0.10));
        shapes.add(polygon(0.30, 0.90, 0.29, 0.97, 0.34, 0.97, 0.33, 0.90));
        return List.copyOf(shapes);
    }

    private static List<Shape> mirrored(List<Shape> shapes) {
        List<Shape> result = new ArrayList<>();
        for (Shape shape : shapes) {
            double[] c = shape.coordinates().clone();
            if (shape.kind() == Shape.Kind.ELLIPSE) {
                c[0] = 1 - c[0];
            } else {
                for (int i = 0; i < c.length; i += 2) {
                    c[i] = 1 - c[i];
                }
            }
            result.add(new Shape(shape.kind(), c));
        }
        return List.copyOf(result);
    }

    private static Shape polygon(double... xy) {
        return new Shape(Shape.Kind.POLYGON, xy);
    }

    private static Shape polyline(double... xy) {
        return new Shape(Shape.Kind.POLYLINE, xy);
    }

    private static Shape ellipse(double cx, double cy, double rx, double ry) {
        return new Shape(Shape.Kind.ELLIPSE, new double[] {cx, cy, rx, ry});
    }
}
