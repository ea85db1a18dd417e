package com.fours.workbench.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.testing.PdfAssertions;

/** The printed intake sheet, filled from a saved intake and read back from the PDF. */
class IntakeSheetPdfTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;
    private IntakeSheet sheet;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "lina", "Start2026", Role.SERVICE_ADVISOR);
        services.authentication().login("lina", "Start2026".toCharArray());
        Customer zhang = services.customers().create(new CustomerInput(CustomerKind.PERSON, "欧阳晨曦", "138 1234 5678",
                "", "", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        Vehicle car = services.vehicles().create(zhang.id(), IntakeServiceTest.car(
                IntakeServiceTest.vin("LVGBE40K", "NG012345"), "粤A12345", "31000"), false);
        IntakeDraft draft = services.intakes().draftForVehicle(car.id());
        IntakeInput input = new IntakeInput("32500", FuelLevel.THREE_QUARTERS, "行车记录仪、雨伞", "冷车启动时发动机有异响，刹车偏软",
                List.of("常规保养（机油、机滤）", "检查前刹车片"), "1280.50", "2026-11-27 17:30",
                OldPartsHandling.RETURN_TO_CUSTOMER, draft.input().approvalContact(), true, "客户要求洗车",
                List.of(new DamageMarker(1, CarView.LEFT, 0.22, 0.55, DamageType.SCRATCH, "前门下沿约10厘米"),
                        new DamageMarker(2, CarView.TOP, 0.16, 0.5, DamageType.STONE_CHIP, "引擎盖"),
                        new DamageMarker(3, CarView.RIGHT, 0.85, 0.45, DamageType.DENT, "")));
        sheet = services.intakes().receive(draft, input, List.of(), Optional.empty());
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void theSheetCarriesTheCustomerCarComplaintAndMarkersInChineseWithTheFontEmbedded() throws IOException {
        RenderedReport report = services.intakeSheets().render(sheet.intake().id());
        assertThat(report.pageCount()).as("one page, signature boxes included").isEqualTo(1);
        byte[] pdf = services.reports().exportPdf(report);
        Path out = Path.of("target", "intake-sheet-sample.pdf");
        Files.write(out, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfAssertions.text(document);
            assertThat(text).contains("车辆维修接车单", "广州骏达丰田汽车销售服务有限公司", "RO20261127-0001", "欧阳晨曦",
                    "138 1234 5678", "粤A·12345", "冷车启动时发动机有异响", "1. 常规保养", "2. 检查前刹车片", "¥1,280.50",
                    "32,500 公里", "3/4", "2026-11-27 17:30", "旧件交还客户", "客户签字", "服务顾问签字");
            assertThat(text).contains("1. 划痕，左侧：前门下沿约10厘米", "2. 石击，俯视：引擎盖", "3. 凹陷，右侧");

            PdfAssertions.assertEveryFontEmbedded(document);
            int images = 0;
            for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().isImageXObject(name)) {
                    images++;
                }
            }
            assertThat(images).as("the diagram and the QR code").isEqualTo(2);
        }
    }

    @Test
    void thePhotosTakenAtReceptionFollowTheSheetTwoAcross() throws IOException {
        List<PreparedPhoto> photos = List.of(photo("左前门.jpg", Color.RED), photo("引擎盖.jpg", Color.BLUE),
                photo("右后门.jpg", Color.GREEN));
        services.intakes().addPhotos(sheet.intake().id(), photos);

        RenderedReport report = services.intakeSheets().render(sheet.intake().id());
        assertThat(report.pageCount()).as("the sheet, then one page of three photos").isEqualTo(2);
        byte[] pdf = services.reports().exportPdf(report);
        Files.write(Path.of("target", "intake-sheet-photos-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String firstPage = PdfAssertions.text(document, 1, 1);
            String secondPage = PdfAssertions.text(document, 2, 2);
            assertThat(firstPage).contains("客户签字").doesNotContain("接车照片");
            assertThat(secondPage).contains("接车照片 · 维修工单号：RO20261127-0001 · 粤A·12345", "左前门.jpg · 2026-11-27",
                    "引擎盖.jpg", "右后门.jpg");
            int images = 0;
            for (COSName name : document.getPage(1).getResources().getXObjectNames()) {
                if (document.getPage(1).getResources().isImageXObject(name)) {
                    images++;
                }
            }
            assertThat(images).as("each photo at its full kept size").isEqualTo(3);
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }

    private PreparedPhoto photo(String name, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 1200, 900);
        g.setColor(colour);
        g.fillOval(400, 250, 400, 400);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", bytes);
        return services.intakes().preparePhoto(name, bytes.toByteArray());
    }

    @Test
    void aSheetChangedAfterSigningSaysSoOnThePrint() throws IOException {
        IntakeSheet signed = services.intakes().sign(sheet.intake().id(), sheet.intake().version());
        Intake i = signed.intake();
        services.intakes().update(i.id(), i.version(), new IntakeInput("32500", i.fuelLevel(), i.valuables(),
                "冷车启动时发动机有异响", i.requestedItems(), "1500.00", "", i.oldParts(), i.approvalContact(),
                i.customerWaits(), i.notes(), i.markers()), Optional.empty());

        byte[] pdf = services.reports().exportPdf(services.intakeSheets().render(i.id()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(PdfAssertions.text(document)).contains("此后内容有修改，请重新签字", "¥1,500.00");
        }
    }
}
