package com.fours.workbench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: the Appointments tab on the demo database, each view saved as a PNG to look at.
 * {@code mvn test -Dtest=AppointmentsTour -Dscreenshots=target/screenshots} (add
 * {@code -Dscreenshots.lang=en} for English).
 */
class AppointmentsTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().inTourLanguage();

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        ui.logIn(robot, "manager", "#groupCards .group-card");
        save(robot, ui.stage().getScene().getRoot(), out.resolve("appt-day.png"));
        robot.clickOn("#weekMode");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#weekGrid .week-cell").tryQuery().isPresent());
        save(robot, ui.stage().getScene().getRoot(), out.resolve("appt-week.png"));
        robot.clickOn("#planNext");
        save(robot, ui.stage().getScene().getRoot(), out.resolve("appt-next-week.png"));
        for (String tab : new String[] {"#arrivalsTab", "#callsTab", "#dueTab", "#figuresTab", "#workshopTab"}) {
            robot.clickOn(tab);
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            save(robot, ui.stage().getScene().getRoot(), out.resolve("appt-" + tab.substring(1) + ".png"));
        }
        robot.clickOn("#planTab");
        robot.clickOn("#newBooking");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#bookingDialog").tryQuery().isPresent());
        robot.clickOn("#bookingSearch").write("粤A1");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        Node dialog = robot.lookup("#bookingDialog").query();
        save(robot, dialog.getScene().getRoot(), out.resolve("appt-booking.png"));
    }

    private static void save(FxRobot robot, Node node, Path file) {
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
