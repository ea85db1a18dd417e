package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.testing.TestWorkbench;

/** The first start of a new store: refusals next to their fields, nothing lost, then the login. */
class SetupUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.newStoreEachTest().in(Locale.SIMPLIFIED_CHINESE);

    @Test
    void badInputIsShownNextToEachFieldAndTheRestIsKept(FxRobot robot) throws Exception {
        robot.clickOn("#storeName").write("广州骏达丰田");
        robot.clickOn("#storePhone").write("12345");
        robot.clickOn("#storeLabourRate").write("380.555");
        robot.clickOn("#setupFinish");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#storePhoneError").isEmpty());
        assertThat(text(robot, "#storeAddressError")).isEqualTo("此项必填。");
        assertThat(text(robot, "#storeLabourRateError")).contains("两位小数");
        assertThat(text(robot, "#storeNameError")).isEmpty();
        assertThat(robot.lookup("#storeName").queryTextInputControl().getText()).isEqualTo("广州骏达丰田");
        assertThat(ui.services().setup().isNeeded()).isTrue();
    }

    @Test
    void aCompleteSetUpLeadsToTheLoginWithTheNewAdministrator(FxRobot robot) throws Exception {
        var store = TestWorkbench.storeInput();
        robot.clickOn("#storeName").write(store.name());
        robot.clickOn("#storeAddress").write(store.address());
        robot.clickOn("#storePhone").write(store.phone());
        robot.clickOn("#storeCreditCode").write(store.creditCode().toLowerCase());
        robot.clickOn("#storeLabourRate").write("３８０");
        robot.clickOn("#adminDisplayName").write("吴刚");
        robot.clickOn("#adminPassword").write("Admin2026");
        robot.clickOn("#adminPasswordRepeated").write("Admin2026");
        robot.clickOn("#setupFinish");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#loginButton").tryQuery().isPresent());
        assertThat(robot.lookup("#loginUsername").queryTextInputControl().getText()).isEqualTo("admin");
        assertThat(ui.services().storeProfiles().find().orElseThrow().labourRate()).isEqualByComparingTo("380.00");
    }
}
