package com.fours.workbench.ui;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.kordamp.ikonli.material2.Material2OutlinedAL;

import com.fours.workbench.core.i18n.Messages;

/**
 * The photos a form attaches (a finding's, a 5S inspection's): the button that chooses picture
 * files and the thumbnails of those chosen, a click on one leaves it out. The form's model prepares
 * the files and keeps the list; the strip only shows it.
 */
public final class PhotoStrip<T> {

    /** The thumbnail's size, on forms and in the lists of what was recorded. */
    public static final double THUMBNAIL = 72;

    private final Button add;
    private final FlowPane strip;

    /**
     * {@code id}: the prefix of the controls' ids ({@code <id>AddPhotos}, {@code <id>Photos});
     * {@code attach}: the files chosen; {@code remove}: a thumbnail clicked.
     */
    public PhotoStrip(String id, String addText, Messages messages, Window owner, ObservableList<T> photos,
                      Function<T, byte[]> jpeg, Function<T, String> name, Consumer<List<Path>> attach,
                      Consumer<T> remove) {
        strip = new FlowPane(4, 4);
        strip.setId(id + "Photos");
        photos.addListener((ListChangeListener<T>) change -> strip.getChildren().setAll(photos.stream().map(p -> {
            Node thumb = thumbnail(jpeg.apply(p), name.apply(p));
            thumb.setOnMouseClicked(e -> remove.accept(p));
            return thumb;
        }).toList()));
        add = FormControls.button(id + "AddPhotos", addText, Material2OutlinedAL.ADD_A_PHOTO);
        add.setOnAction(e -> {
            List<Path> files = choosePictures(messages, owner);
            if (!files.isEmpty()) {
                attach.accept(files);
            }
        });
    }

    public Button addButton() {
        return add;
    }

    public FlowPane thumbnails() {
        return strip;
    }

    /** A photo's thumbnail with its file name on hover. */
    public static Node thumbnail(byte[] jpeg, String name) {
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(jpeg)));
        view.setFitWidth(THUMBNAIL);
        view.setFitHeight(THUMBNAIL);
        view.setPreserveRatio(true);
        view.getStyleClass().add(StyleClasses.FINDING_THUMBNAIL);
        Tooltip.install(view, new Tooltip(name));
        return view;
    }

    /** The picture files the user chooses; none when he cancels. */
    public static List<Path> choosePictures(Messages messages, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("intake.ui.photoChooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("intake.ui.photoFilter"),
                        "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.JPG", "*.JPEG", "*.PNG"),
                new FileChooser.ExtensionFilter(messages.get("intake.ui.allFiles"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
