package com.fours.workbench.intake.ui;

import java.io.ByteArrayInputStream;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import com.fours.workbench.ui.StyleClasses;

/**
 * One intake photo at full size in a window of its own, scaled down only to fit the screen, so the
 * advisor can show the customer the scratch they are talking about. Escape closes it.
 */
final class PhotoViewer {

    private static final double MIN_WIDTH = 480;
    private static final double MIN_HEIGHT = 320;

    private PhotoViewer() {
    }

    static Stage show(Window owner, String title, String caption, byte[] imageBytes) {
        Image image = new Image(new ByteArrayInputStream(imageBytes));
        ImageView view = new ImageView(image);
        view.setId("photoViewerImage");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double scale = Math.min(1, Math.min(screen.getWidth() * 0.9 / image.getWidth(),
                (screen.getHeight() * 0.9 - 40) / image.getHeight()));
        Label label = new Label(caption);
        label.setId("photoViewerCaption");
        label.getStyleClass().add(StyleClasses.FIELD_HINT);
        BorderPane root = new BorderPane(view);
        root.setId("photoViewer");
        root.setBottom(label);
        BorderPane.setMargin(label, new javafx.geometry.Insets(6, 10, 6, 10));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root, Math.max(MIN_WIDTH, image.getWidth() * scale),
                Math.max(MIN_HEIGHT, image.getHeight() * scale) + 32);
        view.fitWidthProperty().bind(scene.widthProperty());
        view.fitHeightProperty().bind(scene.heightProperty().subtract(32));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
