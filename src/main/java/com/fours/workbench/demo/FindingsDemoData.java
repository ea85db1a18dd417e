package com.fours.workbench.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.Money;
import com.fours.workbench.intake.IntakePhotos;
import com.fours.workbench.intake.PreparedPhoto;
import com.fours.workbench.repair.ApprovalMethod;
import com.fours.workbench.repair.ChangeKind;
import com.fours.workbench.repair.FindingDao;
import com.fours.workbench.repair.FindingOutcome;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LinePricing;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.ProgressChannel;
import com.fours.workbench.repair.RepairOrderDao;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlanDao;

/**
 * The technician's findings and the advisor's progress contacts of the demo (decision 0105): on the
 * wheel-alignment car a worn brake pad found during the work, photographed, proposed and approved by
 * phone; the car whose bumper is being painted is late, and the advisor has called about it since.
 */
public final class FindingsDemoData implements DemoDataContributor {

    static final String ALIGNMENT = "四轮定位，跑偏";
    static final String BUMPER = "前保险杠刮花";

    private final Clock clock;

    public FindingsDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int order() {
        return 42; // after the repair orders (40), before dispatch (45)
    }

    @Override
    public String stepKey() {
        return "demo.step.findings";
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        FindingDao findings = handle.attach(FindingDao.class);
        Instant now = clock.instant();
        findings.orderWithComplaint(ALIGNMENT, RepairOrderStatus.IN_PROGRESS.name())
                .ifPresent(orderId -> brakeFinding(handle, findings, orderId, now));
        findings.orderWithComplaint(BUMPER, RepairOrderStatus.IN_PROGRESS.name()).ifPresent(orderId ->
                findings.insertContact(orderId, ProgressChannel.CALL.name(), true,
                        "告知客户喷漆烘干需要更长时间，客户表示理解，下班前来取车", null, null, "advisor",
                        now.minus(Duration.ofMinutes(10))));
    }

    private static void brakeFinding(Handle handle, FindingDao findings, long orderId, Instant now) {
        Long operation = findings.operationId("BRAKE-F").orElse(null);
        if (operation == null) {
            return;
        }
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        Instant found = now.minus(Duration.ofMinutes(50));
        LineInput input = LineInput.labour(operation, new java.math.BigDecimal("1.5"), Payer.CUSTOMER);
        LinePricing.Priced p = LinePricing.price(handle, input);
        int lineNo = dao.nextLineNo(orderId);
        long lineId = dao.insertLine(orderId, lineNo, input.kind().name(), p.operationId(), p.partId(), p.description(),
                p.category() == null ? null : p.category().name(), p.quantity(), p.standardHours(),
                p.unitPrice().amount(), p.amount().amount(), p.payer().name(), p.workGroupId(), "tech", found);
        Money before = dao.approvedEstimate(orderId).orElse(Money.ZERO);
        Money after = before.plus(p.amount());
        Instant called = found.plus(Duration.ofMinutes(15));
        long approvalId = dao.insertApproval(orderId, ApprovalMethod.PHONE.name(), "车主本人", "advisor", called, null,
                "电话告知前刹车片剩余 2 mm 并发送照片，客户同意更换", after.amount(), Money.ZERO.amount(), "advisor", called);
        dao.decide(lineId, approvalId, false);
        dao.setApprovedEstimate(orderId, after.amount());
        long findingId = findings.insert(orderId, null, FindingOutcome.OTHER_FAULT.name(),
                "做四轮定位时发现前刹车片接近磨损极限，制动盘无明显划痕", "", "前片剩余 2 mm（极限 3 mm）", lineId, "tech", found);
        PreparedPhoto photo = IntakePhotos.prepare("front-pads.jpg", padPhoto());
        findings.insertPhoto(findingId, photo.fileName(), photo.width(), photo.height(), photo.image(), photo.thumbnail());
        int version = handle.attach(RepairOrderDao.class).find(orderId).orElseThrow().version() + 1;
        dao.setVersion(orderId, version);
        dao.insertChange(orderId, version, ChangeKind.FINDING_RECORDED.name(), p.description(), "tech", found);
    }

    /** A photo of a worn pad as a phone would take it: the pad's friction layer thin against its backing plate. */
    static byte[] padPhoto() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(92, 96, 102));
            g.fillRect(0, 0, 640, 480);
            g.setColor(new Color(150, 150, 155));
            g.fillRoundRect(120, 150, 400, 90, 30, 30);
            g.setColor(new Color(60, 50, 45));
            g.fillRoundRect(130, 240, 380, 18, 10, 10);
            g.setColor(new Color(220, 60, 50));
            g.drawLine(530, 240, 530, 258);
            g.drawString("2 mm", 540, 254);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
