package com.fours.workbench.repair;

import static com.fours.workbench.repair.RepairFixture.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.care.ContactEntry;
import com.fours.workbench.care.ContactScope;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.home.HomeLine;
import com.fours.workbench.home.HomeLineKind;
import com.fours.workbench.intake.IntakeSheet;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The technician's findings and the advisor's progress contacts (issue 20, decision 0105) on a real
 * H2 file database: one store for the class, each test on its own car's order.
 */
class FindingsAndProgressTest {

    @TempDir
    static Path folder;
    static final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    static RepairFixture f;

    @BeforeAll
    static void setUp() {
        f = new RepairFixture(TestWorkbench.setUp(folder, clock));
        TestWorkbench.addUser(f.services, "liqiang", RepairFixture.PASSWORD, Role.TECHNICIAN);
    }

    @BeforeEach
    void asTheAdvisor() {
        f.as("lina");
    }

    @AfterAll
    static void tearDown() {
        f.services.close();
    }

    static byte[] png(Color color) throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A technician's finding on the brake noise: confirmed, with codes, measurements, a photo and extra work. */
    static RepairPlan brakeFinding(RepairFixture f, long orderId) throws IOException {
        f.as("liqiang");
        FindingsService findings = f.services.findings();
        String complaint = findings.intakeItems(orderId).get(0);
        PhotoFile photo = findings.preparePhoto("pads.png", png(Color.DARK_GRAY));
        int version = f.services.repairOrderService().plan(orderId).version();
        return findings.record(orderId, version, new FindingInput(complaint, FindingOutcome.CONFIRMED,
                "前刹车片磨损到极限，制动盘有划痕", "C1234, C0045", "前片厚度 2 mm（标准 ≥ 3 mm）",
                LineInput.labour(f.brakePads.id(), q("1.5"), Payer.CUSTOMER)), List.of(photo));
    }

    @Test
    void aFindingWithExtraWorkProposesALineThatTheCustomersApprovalApproves() throws IOException {
        IntakeSheet sheet = f.receiveAnotherCar();
        long orderId = sheet.repairOrder().id();
        assertThat(f.services.findings().intakeItems(orderId)).first().isEqualTo("做 1 万公里保养，刹车有异响");

        RepairPlan plan = brakeFinding(f, orderId);

        RepairLine proposed = plan.lines().get(plan.lines().size() - 1);
        assertThat(proposed.description()).isEqualTo("前刹车片更换");
        assertThat(proposed.pendingApproval()).isTrue();
        List<Finding> found = f.services.findings().findings(orderId);
        assertThat(found).hasSize(1);
        Finding finding = found.get(0);
        assertThat(finding.lineId()).isEqualTo(proposed.id());
        assertThat(finding.outcome()).isEqualTo(FindingOutcome.CONFIRMED);
        assertThat(finding.faultCodes()).isEqualTo("C1234, C0045");
        assertThat(finding.photos()).hasSize(1);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(finding.photos().get(0).thumbnail())).getWidth())
                .isLessThanOrEqualTo(160);
        assertThat(f.services.findings().photo(finding.photos().get(0).id())).isNotEmpty();

        f.as("lina");
        RepairPlan approved = f.services.repairOrderService().approve(orderId, plan.version(),
                ApprovalInput.counter("张伟"));
        assertThat(approved.lines().stream().filter(l -> l.id() == proposed.id()).findFirst().orElseThrow().approved())
                .isTrue();
        String estimate = PdfAssertions.text(f.services.reports().exportPdf(f.services.repairPrints().estimate(orderId)));
        assertThat(estimate).contains("检查/诊断", "【确认】做 1 万公里保养，刹车有异响", "C1234", "照片 1 张",
                "前刹车片更换（客户已确认）");
    }

    @Test
    void findingsAreRefusedOnAClosedOrderAndWithBadInput() throws IOException {
        long orderId = f.receiveAnotherCar().repairOrder().id();
        f.as("liqiang");
        FindingsService findings = f.services.findings();
        int version = f.services.repairOrderService().plan(orderId).version();
        assertThatThrownBy(() -> findings.record(orderId, version, new FindingInput("不在接车单上", FindingOutcome.CONFIRMED,
                "", null, null, null), List.of()))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.byField())
                        .containsOnlyKeys(FindingInput.ITEM, FindingInput.DESCRIPTION));
        String item = findings.intakeItems(orderId).get(0);
        assertThatThrownBy(() -> findings.record(orderId, version, new FindingInput(item, FindingOutcome.NOT_REPRODUCED,
                "路试 10 公里未听到异响", null, null, LineInput.labour(f.brakePads.id(), q("1.5"), Payer.CUSTOMER)),
                List.of()))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.byField())
                        .containsOnlyKeys(FindingInput.OUTCOME));
        assertThat(findings.findings(orderId)).isEmpty();
        assertThat(f.services.repairOrderService().plan(orderId).version()).as("a refused finding changes nothing")
                .isEqualTo(version);

        f.as("lina");
        RepairPlan cancelled = f.services.repairOrderService().cancel(orderId, version, "客户改去别家维修");
        f.as("liqiang");
        assertThatThrownBy(() -> findings.record(orderId, cancelled.version(), new FindingInput(null,
                FindingOutcome.OTHER_FAULT, "左前轮胎侧面鼓包", null, null, null), List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("repairFinding.closedOrder"));
        assertThat(findings.findings(orderId)).isEmpty();
    }

    @Test
    void aLateCarIsFlaggedUntilTheAdvisorCallsAndANewPromiseMovesTheBoard() {
        String inTwoHours = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(clock.instant().plus(Duration.ofHours(2)).atZone(clock.getZone()));
        long orderId = f.receiveAnotherCar(inTwoHours).repairOrder().id();
        f.as("lina");
        RepairPlan plan = f.services.repairOrderService().plan(orderId);
        Instant promised = plan.promisedAt();
        assertThat(promised).isNotNull();
        clock.advance(Duration.between(clock.instant(), promised).plusMinutes(30));
        try {
            JobBoardCard late = card(orderId);
            assertThat(late.late()).isTrue();
            assertThat(late.contactDue()).isTrue();
            assertThat(homeLine().first()).anyMatch(i -> i.recordId() == orderId);
            assertThat(homeLine(HomeLineKind.PAST_PROMISED).first()).anyMatch(i -> i.recordId() == orderId);

            ProgressContacts contacts = f.services.progressContacts();
            Instant past = clock.instant().minus(Duration.ofMinutes(5));
            assertThatThrownBy(() -> contacts.record(orderId, new ProgressContactInput(ProgressChannel.CALL, true,
                    "配件明早到", past, "等配件")))
                    .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.byField())
                            .containsOnlyKeys(ProgressContactInput.NEW_PROMISED_AT));
            Instant tomorrow = clock.instant().plus(Duration.ofHours(20));
            assertThatThrownBy(() -> contacts.record(orderId, new ProgressContactInput(ProgressChannel.CALL, true,
                    "配件明早到", tomorrow, " ")))
                    .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.byField())
                            .containsOnlyKeys(ProgressContactInput.REASON));
            f.as("liqiang");
            assertThatThrownBy(() -> contacts.record(orderId, new ProgressContactInput(ProgressChannel.CALL, true,
                    "配件明早到", tomorrow, "等配件"))).isInstanceOf(RuntimeException.class);
            f.as("lina");
            assertThat(contacts.contacts(orderId)).isEmpty();

            ProgressContact made = contacts.record(orderId, new ProgressContactInput(ProgressChannel.CALL, true,
                    "客户同意明天取车", tomorrow, "刹车片缺货，明早到货"));
            assertThat(made.newPromisedAt()).isEqualTo(tomorrow);
            assertThat(f.services.repairOrderService().plan(orderId).promisedAt()).isEqualTo(tomorrow);
            JobBoardCard moved = card(orderId);
            assertThat(moved.promisedAt()).isEqualTo(tomorrow);
            assertThat(moved.late()).isFalse();
            assertThat(moved.contactDue()).isFalse();
            assertThat(homeLine().first()).noneMatch(i -> i.recordId() == orderId);
            // the advisor's "past the promised time" reads the new promise too
            assertThat(homeLine(HomeLineKind.PAST_PROMISED).first()).noneMatch(i -> i.recordId() == orderId);
            List<ContactEntry> history = f.services.contactHistory().of(ContactScope.vehicle(plan.order().vehicleId()));
            assertThat(history).anyMatch(e -> e.kindKey().equals("enum.ContactKind.PROGRESS_CALL")
                    && e.text().contains("刹车片缺货") && "care.contact.reached".equals(e.detailKey()));

            // late again past the new promise: flagged until the next contact, which need not promise anew
            clock.advance(Duration.ofHours(21));
            assertThat(card(orderId).contactDue()).isTrue();
            contacts.record(orderId, new ProgressContactInput(ProgressChannel.MESSAGE, false, "已发短信，客户未回复",
                    null, null));
            assertThat(card(orderId).late()).isTrue();
            assertThat(card(orderId).contactDue()).isFalse();
        } finally {
            f.as("lina");
        }
    }

    @Test
    void theWorkOrderPrintShowsTheFindings() throws IOException {
        long orderId = f.receiveAnotherCar().repairOrder().id();
        brakeFinding(f, orderId);
        f.as("liqiang");
        int version = f.services.repairOrderService().plan(orderId).version();
        f.services.findings().record(orderId, version, new FindingInput(null, FindingOutcome.OTHER_FAULT,
                "左前轮胎侧面鼓包，建议更换", null, "胎压 2.3 bar", null), List.of());
        f.as("lina");
        byte[] pdf = f.services.reports().exportPdf(f.services.repairPrints().workOrder(orderId));
        Files.write(Path.of("target", "work-order-findings.pdf"), pdf);
        String text = PdfAssertions.text(pdf);
        assertThat(text).contains("派工单", "检查/诊断：", "1. 【确认】做 1 万公里保养，刹车有异响：前刹车片磨损到极限",
                "故障码 C1234, C0045", "测量 前片厚度 2 mm", "照片 1 张", "前刹车片更换（待确认）",
                "2. 【发现其他故障】接车单外：左前轮胎侧面鼓包", "胎压 2.3 bar");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", Path.of("target", "work-order-findings.png").toFile());
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }

    private static JobBoardCard card(long orderId) {
        return f.services.jobBoard().board().stream().filter(c -> c.orderId() == orderId).findFirst().orElseThrow();
    }

    private static HomeLine homeLine() {
        return homeLine(HomeLineKind.LATE_NOT_CONTACTED);
    }

    private static HomeLine homeLine(HomeLineKind kind) {
        return f.services.home().page().lines().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }
}
