package com.fours.workbench.intake.ui;

import java.util.List;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import com.fours.workbench.intake.CarOutline;
import com.fours.workbench.intake.CarView;
import com.fours.workbench.intake.DamageDiagramImage;
import com.fours.workbench.ui.StyleClasses;

/**
 * The car outline on the screen, drawn from the same {@link CarOutline} as the printed sheet. A
 * click on one of the three views places a marker there; markers are redrawn whenever the list
 * changes.
 */
final class DamageDiagramView extends Region {

    private static final Color OUTLINE = Color.web("#30363D");
    private static final Color MARKER = Color.web("#CF222E");
    private static final Color LABEL = Color.web("#59636E");
    private static final Color UNTYPED = Color.web("#8C959F");

    private final Canvas canvas;
    private final IntakeFormViewModel model;
    private final Function<CarView, String> labels;
    private final CarOutline.Layout layout;

    DamageDiagramView(IntakeFormViewModel model, Function<CarView, String> labels, double width) {
        this.model = model;
        this.labels = labels;
        this.layout = CarOutline.layout(width);
        this.canvas = new Canvas(width, Math.ceil(layout.height()));
        canvas.setId("damageCanvas");
        getChildren().add(canvas);
        getStyleClass().add(StyleClasses.DAMAGE_DIAGRAM);
        setMinSize(canvas.getWidth(), canvas.getHeight());
        setPrefSize(canvas.getWidth(), canvas.getHeight());
        setMaxSize(canvas.getWidth(), canvas.getHeight());
        canvas.setOnMouseClicked(e -> layout.locate(e.getX(), e.getY())
                .ifPresent(p -> model.placeMarker(p.view(), p.x(), p.y())));
        model.markers().addListener((ListChangeListener<MarkerItem>) c -> draw());
        draw();
    }

    /** Where a view's point (0..1) is on the canvas: for tests that click at a known place. */
    double[] canvasPoint(CarView view, double x, double y) {
        CarOutline.Box box = layout.box(view);
        return new double[] {box.toX(x), box.toY(y)};
    }

    Canvas canvas() {
        return canvas;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double unit = layout.box(CarView.TOP).height();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (CarView view : CarView.values()) {
            CarOutline.Box box = layout.box(view);
            g.setLineWidth(Math.max(1, unit * 0.014));
            for (CarOutline.Shape shape : CarOutline.shapes(view)) {
                draw(g, box, shape);
            }
            g.setFill(LABEL);
            g.setFont(Font.font(unit * CarOutline.CAPTION_SIZE));
            g.setTextBaseline(VPos.TOP);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(labels.apply(view), box.x() + 2, box.y() - unit * CarOutline.CAPTION_TOP);
        }
        double r = unit * DamageDiagramImage.MARKER_RADIUS;
        List<MarkerItem> markers = List.copyOf(model.markers());
        for (MarkerItem marker : markers) {
            CarOutline.Box box = layout.box(marker.view());
            double cx = box.toX(marker.x());
            double cy = box.toY(marker.y());
            g.setFill(marker.typeProperty().get() == null ? UNTYPED : MARKER);
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(Math.max(1, r * 0.12));
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setFill(Color.WHITE);
            g.setFont(Font.font(null, FontWeight.BOLD, r * 1.3));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Integer.toString(marker.numberProperty().get()), cx, cy);
        }
    }

    private static void draw(GraphicsContext g, CarOutline.Box box, CarOutline.Shape shape) {
        double[] c = shape.coordinates();
        g.setStroke(OUTLINE);
        if (shape.kind() == CarOutline.Shape.Kind.ELLIPSE) {
            double rx = c[2] * box.width();
            double ry = c[3] * box.height();
            g.setFill(Color.WHITE);
            g.fillOval(box.toX(c[0]) - rx, box.toY(c[1]) - ry, 2 * rx, 2 * ry);
            g.strokeOval(box.toX(c[0]) - rx, box.toY(c[1]) - ry, 2 * rx, 2 * ry);
            return;
        }
        int n = c.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = box.toX(c[2 * i]);
            ys[i] = box.toY(c[2 * i + 1]);
        }
        if (shape.kind() == CarOutline.Shape.Kind.POLYGON) {
            g.strokePolygon(xs, ys, n);
        } else {
            g.strokePolyline(xs, ys, n);
        }
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(snappedLeftInset(), snappedTopInset());
    }
}
