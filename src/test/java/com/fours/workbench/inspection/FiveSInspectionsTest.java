package com.fours.workbench.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.home.HomeLine;
import com.fours.workbench.home.HomeLineKind;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;
import com.fours.workbench.testing.TestWorkbench;

/**
 * 5S inspections on a real H2 store: the checklist versioned (changed in place until used, then a
 * new version, old inspections keep theirs), scores outside the scale refused under their field with
 * nothing saved, the weighted total, a finding become a corrective action closed by its owner (a
 * technician without the tab) and verified at the re-inspection, the owner's home line when it is
 * overdue, the audit rows, and the sheet printed in Chinese, read back and looked at as an image.
 * One store for the class; each test on its own area.
 */
class FiveSInspectionsTest {

    private static final String PASSWORD = "Start2026";
    private static MutableClock clock;
    private static AppServices services;
    private static long techId;

    @BeforeAll
    static void store() {
        clock = MutableClock.shanghai("2026-12-07T02:00:00Z");
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "zhoujie", PASSWORD, Role.SERVICE_MANAGER);
        TestWorkbench.addUser(services, "wanggang", PASSWORD, Role.TEAM_LEAD);
        techId = TestWorkbench.addUser(services, "zhangwei", PASSWORD, Role.TECHNICIAN).id();
        TestWorkbench.addUser(services, "chenjing", PASSWORD, Role.CASHIER);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static void as(String username) {
        services.authentication().logout();
        services.authentication().login(username, PASSWORD.toCharArray());
    }

    private static List<ChecklistItemInput> items(String secondScale) {
        return List.of(new ChecklistItemInput(FiveSPillar.SEIRI, "工位无闲置零件", "5", "20"),
                new ChecklistItemInput(FiveSPillar.SEITON, "工具归位形迹板", secondScale, "30"),
                new ChecklistItemInput(FiveSPillar.SAFETY, "灭火器在有效期内", "5", "50"));
    }

    private static InspectionInput input(FiveSArea area, FiveSChecklist checklist, String day, List<String> scores,
                                         List<InspectionInput.Finding> findings, List<Long> verified) {
        Map<Long, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < checklist.items().size(); i++) {
            typed.put(checklist.items().get(i).id(), scores.get(i));
        }
        return new InspectionInput(area, day, "王刚", typed, "", findings, verified);
    }

    private static int count(String sql) {
        return services.transactions().read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void theChecklistChangesInPlaceUntilUsedThenMakesAVersionAndOldInspectionsKeepTheirs() {
        as("wanggang");
        assertThat(catchThrowableOfType(() -> services.fiveSChecklists().save(FiveSArea.OFFICE, null, items("5")),
                AccessDeniedException.class)).isNotNull();
        as("zhoujie");
        FiveSChecklist v1 = services.fiveSChecklists().save(FiveSArea.OFFICE, null, items("5"));
        FiveSChecklist same = services.fiveSChecklists().save(FiveSArea.OFFICE, v1.id(), items("4"));
        assertThat(same.id()).isEqualTo(v1.id());
        assertThat(same.versionNo()).isEqualTo(1);
        assertThat(same.items().get(1).scaleMax()).isEqualTo(4);
        InvalidFieldsException badWeight = catchThrowableOfType(() -> services.fiveSChecklists().save(FiveSArea.OFFICE,
                v1.id(), List.of(new ChecklistItemInput(FiveSPillar.SEIRI, "x", "5", "-1"))), InvalidFieldsException.class);
        assertThat(badWeight.byField().get(FiveSChecklists.field(1, FiveSChecklists.WEIGHT)).messageKey())
                .isEqualTo("fiveS.checklist.weight");
        InvalidFieldsException bad = catchThrowableOfType(() -> services.fiveSChecklists().save(FiveSArea.OFFICE,
                v1.id(), List.of(new ChecklistItemInput(FiveSPillar.SEIRI, "工位整洁", "0", "10"),
                        new ChecklistItemInput(FiveSPillar.SEITON, " ", "0-5", "10"),
                        new ChecklistItemInput(FiveSPillar.SEISO, " 工位整洁 ", "5-0", "10"))),
                InvalidFieldsException.class);
        assertThat(bad.byField().get(FiveSChecklists.field(1, FiveSChecklists.SCALE)).messageKey())
                .as("0 to 0 is no range").isEqualTo("fiveS.checklist.scale");
        assertThat(bad.byField().get(FiveSChecklists.field(2, FiveSChecklists.TEXT)).messageKey())
                .isEqualTo("fiveS.checklist.itemText");
        assertThat(bad.byField()).as("0-5 is the range 0 to 5").doesNotContainKey(FiveSChecklists.field(2,
                FiveSChecklists.SCALE));
        assertThat(bad.byField().get(FiveSChecklists.field(3, FiveSChecklists.TEXT)).messageKey())
                .isEqualTo("fiveS.checklist.duplicate");
        assertThat(bad.byField().get(FiveSChecklists.field(3, FiveSChecklists.TEXT)).arguments()).containsExactly(3, 1);
        assertThat(bad.byField().get(FiveSChecklists.field(3, FiveSChecklists.SCALE)).messageKey())
                .isEqualTo("fiveS.checklist.scale");
        assertThat(services.fiveSChecklists().current(FiveSArea.OFFICE).orElseThrow().items().get(1).scaleMax())
                .as("nothing saved").isEqualTo(4);

        as("wanggang");
        FiveSInspection used = services.fiveSInspections().record(input(FiveSArea.OFFICE, same, "2026-12-01",
                List.of("5", "4", "5"), List.of(), List.of()), List.of());
        assertThat(used.total()).isEqualByComparingTo("100.0");

        as("zhoujie");
        FiveSChecklist v2 = services.fiveSChecklists().save(FiveSArea.OFFICE, same.id(), items("10"));
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.id()).isNotEqualTo(same.id());
        BusinessRuleException stale = catchThrowableOfType(() -> services.fiveSChecklists().save(FiveSArea.OFFICE,
                same.id(), items("5")), BusinessRuleException.class);
        assertThat(stale.messageKey()).isEqualTo("fiveS.checklist.changed");
        FiveSSheet old = services.fiveSInspections().sheet(used.id());
        assertThat(old.checklist().versionNo()).isEqualTo(1);
        assertThat(old.checklist().items().get(1).scaleMax()).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'FIVE_S_CHECKLIST_CHANGED'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'FIVE_S_CHECKLIST_VERSION_CREATED'"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aScoreOutsideTheScaleIsRefusedUnderItsFieldAndNothingIsSavedAndTheTotalIsWeighted() {
        as("zhoujie");
        FiveSChecklist list = services.fiveSChecklists().save(FiveSArea.CUSTOMER_AREA, null, items("5"));
        as("wanggang");
        int before = count("SELECT COUNT(*) FROM five_s_inspection");
        InvalidFieldsException refused = catchThrowableOfType(() -> services.fiveSInspections().record(
                input(FiveSArea.CUSTOMER_AREA, list, "2026-12-05", List.of("6", "", "3"),
                        List.of(new InspectionInput.Finding("地面有水渍", techId, "")), List.of()), List.of()),
                InvalidFieldsException.class);
        long first = list.items().get(0).id();
        long second = list.items().get(1).id();
        assertThat(refused.byField().get(InspectionInput.score(first)).messageKey()).isEqualTo("fiveS.score.outOfScale");
        assertThat(refused.byField().get(InspectionInput.score(first)).arguments()).containsExactly(6, 5);
        assertThat(refused.byField().get(InspectionInput.score(second)).messageKey()).isEqualTo("fiveS.score.required");
        assertThat(refused.byField().get(InspectionInput.FINDINGS).messageKey()).isEqualTo("fiveS.finding.ownerAndDue");
        assertThat(refused.byField()).doesNotContainKey(InspectionInput.score(list.items().get(2).id()));
        assertThat(catchThrowableOfType(() -> services.fiveSInspections().record(input(FiveSArea.CUSTOMER_AREA, list,
                "2026-12-08", List.of("1", "1", "1"), List.of(), List.of()), List.of()), InvalidFieldsException.class)
                .byField().get(InspectionInput.DAY).messageKey()).isEqualTo("fiveS.inspection.future");
        assertThat(catchThrowableOfType(() -> services.fiveSInspections().record(input(FiveSArea.CUSTOMER_AREA, list,
                "2026-12-05", List.of("-1", "1", "1"), List.of(), List.of()), List.of()), InvalidFieldsException.class)
                .byField().get(InspectionInput.score(first)).messageKey()).isEqualTo("fiveS.score.outOfScale");
        assertThat(count("SELECT COUNT(*) FROM five_s_inspection")).isEqualTo(before);

        // 4/5 x 20 + 3/5 x 30 + 2/5 x 50 = 16 + 18 + 20 = 54 of 100
        FiveSInspection saved = services.fiveSInspections().record(input(FiveSArea.CUSTOMER_AREA, list, "2026-12-05",
                List.of("4", "3", "2"), List.of(), List.of()), List.of());
        assertThat(saved.total()).isEqualByComparingTo("54.0");
        assertThat(services.fiveSInspections().inspections()).extracting(FiveSInspection::id).contains(saved.id());

        as("chenjing");
        assertThat(catchThrowableOfType(() -> services.fiveSInspections().inspections(), AccessDeniedException.class))
                .isNotNull();
    }

    @Test
    void aFindingBecomesAnActionItsOwnerClosesItTheReInspectionVerifiesItAndTheSheetPrints() throws IOException {
        as("zhoujie");
        FiveSChecklist list = services.fiveSChecklists().save(FiveSArea.WORKSHOP, null, items("5"));
        as("wanggang");
        FiveSInspection first = services.fiveSInspections().record(input(FiveSArea.WORKSHOP, list, "2026-12-01",
                List.of("3", "2", "5"), List.of(new InspectionInput.Finding("3号工位地面油污", techId, "2026-12-04"),
                        new InspectionInput.Finding("工具车未归位", null, null)), List.of()), List.of());
        List<FiveSFinding> findings = services.fiveSInspections().sheet(first.id()).findings();
        FiveSFinding oil = findings.get(0);
        FiveSFinding cart = findings.get(1);
        assertThat(oil.state()).isEqualTo(ActionState.OPEN);
        assertThat(oil.ownerName()).isNotBlank();
        assertThat(cart.isAction()).isFalse();
        FiveSFinding cartAction = services.fiveSInspections().makeAction(cart.id(), techId, LocalDate.of(2026, 12, 20));
        assertThat(cartAction.state()).isEqualTo(ActionState.OPEN);
        assertThat(catchThrowableOfType(() -> services.fiveSInspections().makeAction(cart.id(), techId,
                LocalDate.of(2026, 12, 20)), BusinessRuleException.class).messageKey()).isEqualTo("fiveS.action.already");
        assertThat(services.fiveSInspections().figures().overdue()).isGreaterThanOrEqualTo(1);

        // overdue since 12-04: on the owner's home page, whatever his role
        as("zhangwei");
        HomeLine line = services.home().page().lines().stream().filter(l -> l.kind() == HomeLineKind.OVERDUE_5S_ACTIONS)
                .findFirst().orElseThrow();
        assertThat(line.count()).isEqualTo(1);
        assertThat(line.first().get(0).name()).isEqualTo("3号工位地面油污");
        as("chenjing");
        assertThat(catchThrowableOfType(() -> services.fiveSInspections().markDone(oil.id(), "清理"),
                BusinessRuleException.class).messageKey()).isEqualTo("fiveS.action.notOwner");
        as("zhangwei");
        assertThat(catchThrowableOfType(() -> services.fiveSInspections().markDone(oil.id(), " "),
                InvalidFieldsException.class).byField()).containsKey(FiveSInspections.DONE_NOTE);
        FiveSFinding done = services.fiveSInspections().markDone(oil.id(), "已清理地面并增设接油盘");
        assertThat(done.state()).isEqualTo(ActionState.DONE);
        assertThat(services.home().page().lines()).noneMatch(l -> l.kind() == HomeLineKind.OVERDUE_5S_ACTIONS);

        // the re-inspection verifies the done action; an open one cannot be verified, and nothing is saved then
        as("wanggang");
        assertThat(services.fiveSInspections().actionsToCheck(FiveSArea.WORKSHOP)).extracting(FiveSFinding::id)
                .containsExactlyInAnyOrder(oil.id(), cart.id());
        int before = count("SELECT COUNT(*) FROM five_s_inspection");
        assertThat(catchThrowableOfType(() -> services.fiveSInspections().record(input(FiveSArea.WORKSHOP, list,
                "2026-12-07", List.of("5", "4", "5"), List.of(), List.of(oil.id(), cart.id())), List.of()),
                BusinessRuleException.class).messageKey()).isEqualTo("fiveS.action.notDone");
        assertThat(count("SELECT COUNT(*) FROM five_s_inspection")).isEqualTo(before);
        FiveSInspection again = services.fiveSInspections().record(input(FiveSArea.WORKSHOP, list, "2026-12-07",
                List.of("5", "4", "5"), List.of(), List.of(oil.id())), List.of());
        assertThat(services.fiveSInspections().sheet(first.id()).findings().get(0).state())
                .isEqualTo(ActionState.VERIFIED);
        assertThat(services.fiveSInspections().sheet(first.id()).findings().get(0).verifiedByInspectionId())
                .isEqualTo(again.id());
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'FIVE_S_ACTION_DONE' AND actor_name <> ''"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'FIVE_S_ACTION_VERIFIED'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'FIVE_S_ACTION_CREATED'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'FIVE_S_INSPECTION_RECORDED'"))
                .isGreaterThanOrEqualTo(2);

        RenderedReport report = services.fiveSPrints().render(first.id(), Messages.forLocale(Messages.CHINESE));
        byte[] pdf = services.reports().exportPdf(report);
        Files.write(Path.of("target", "five-s-sheet-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfAssertions.text(document);
            assertThat(text).contains("5S检查表：车间 2026-12-01", "检查区域：车间", "检查日期 2026-12-01，检查人 王刚",
                    "类别", "检查项目", "评分范围", "权重", "得分", "整理", "整顿", "安全", "工位无闲置零件", "0–5",
                    "总得分：74 %", "发现问题", "3号工位地面油污", "已验证", "工具车未归位", "待整改", "检查人（签字）");
            PdfAssertions.assertEveryFontEmbedded(document);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            ImageIO.write(page, "png", Path.of("target", "five-s-sheet-sample.png").toFile());
            assertThat(page.getWidth()).isBetween(590, 600);
            assertThat(darkRows(page)).as("title, items, findings and signatures are inked").isGreaterThan(80);
        }
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'FIVE_S_SHEET_PRINTED'")).isEqualTo(1);
    }

    @Test
    void hostileTextsAreRefusedUnderTheirFieldAndFaithfulOnesKeptAsTyped() {
        as("zhoujie");
        for (String bad : HostileInput.REFUSED_TEXTS) {
            assertThat(catchThrowableOfType(() -> services.fiveSChecklists().save(FiveSArea.WAREHOUSE, null,
                    List.of(new ChecklistItemInput(FiveSPillar.SEIRI, bad, "5", "10"))), InvalidFieldsException.class)
                    .byField()).containsKey(FiveSChecklists.field(1, FiveSChecklists.TEXT));
        }
        FiveSChecklist list = services.fiveSChecklists().save(FiveSArea.WAREHOUSE, null, items("5"));
        as("wanggang");
        for (String bad : HostileInput.REFUSED_TEXTS) {
            InvalidFieldsException refused = catchThrowableOfType(() -> services.fiveSInspections().record(
                    new InspectionInput(FiveSArea.WAREHOUSE, "2026-12-06", bad, Map.of(), bad,
                            List.of(new InspectionInput.Finding(bad, null, null)), List.of()), List.of()),
                    InvalidFieldsException.class);
            assertThat(refused.byField()).containsKeys(InspectionInput.INSPECTOR, InspectionInput.FINDINGS);
        }
        for (String typed : HostileInput.HOSTILE_NUMBERS_AS_TYPED) {
            assertThat(catchThrowableOfType(() -> services.fiveSInspections().record(input(FiveSArea.WAREHOUSE, list,
                    "2026-12-06", List.of(typed, "1", "1"), List.of(), List.of()), List.of()),
                    InvalidFieldsException.class).byField()).containsKey(InspectionInput.score(list.items().get(0).id()));
        }
        for (String good : HostileInput.FAITHFUL_TEXTS) {
            FiveSInspection saved = services.fiveSInspections().record(new InspectionInput(FiveSArea.WAREHOUSE,
                    "2026-12-06", good, Map.of(list.items().get(0).id(), "1", list.items().get(1).id(), "1",
                    list.items().get(2).id(), "1"), good, List.of(new InspectionInput.Finding(good, null, null)),
                    List.of()), List.of());
            FiveSSheet sheet = services.fiveSInspections().sheet(saved.id());
            assertThat(sheet.inspection().inspector()).isEqualTo(good);
            assertThat(sheet.inspection().remarks()).isEqualTo(good);
            assertThat(sheet.findings().get(0).text()).isEqualTo(good);
        }
    }

    private static int darkRows(BufferedImage page) {
        int rows = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFF) < 128) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }
}
