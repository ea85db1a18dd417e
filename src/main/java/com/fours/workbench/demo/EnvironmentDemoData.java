package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.environment.EnvironmentDao;
import com.fours.workbench.environment.WasteCatalogue;
import com.fours.workbench.environment.WasteGeneration;
import com.fours.workbench.environment.WasteHandler;
import com.fours.workbench.environment.WasteKind;
import com.fours.workbench.environment.WasteLedgerService;
import com.fours.workbench.environment.WasteMovement;
import com.fours.workbench.environment.WastePlace;
import com.fours.workbench.environment.WasteSource;
import com.fours.workbench.environment.WasteUnit;
import com.fours.workbench.repair.LabourCatalogDao;
import com.fours.workbench.repair.LineKind;

/**
 * The hazardous-waste ledger of the demo store: its storage places and kinds, the rules of its
 * maintenance operations, a licensed handler and one whose licence has expired; the month's waste:
 * the finished lines of the demo's orders by rule, the quick-service bay's drained-oil drum and the
 * workshop's rags weighed each working day; one hand-over of waste oil under a manifest.
 */
public final class EnvironmentDemoData implements DemoDataContributor {

    private final Clock clock;

    public EnvironmentDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int order() {
        return 75; // after the orders (40), QC (48) and the cashier's past visits (60)
    }

    @Override
    public String stepKey() {
        return "demo.step.environment";
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        Random random = new Random(21);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        WastePlace room = WasteCatalogue.insertPlace(handle, "危废暂存间（车间东北角）", WasteUnit.KG, new BigDecimal("1500"));
        WastePlace shelf = WasteCatalogue.insertPlace(handle, "废电池及滤芯货架", WasteUnit.PIECE, new BigDecimal("120"));
        WasteKind oil = WasteCatalogue.insertKind(handle, "HW08", "900-214-08", "废矿物油（机油、变速箱油、刹车油）",
                WasteUnit.KG, room.id());
        WasteKind rags = WasteCatalogue.insertKind(handle, "HW49", "900-041-49", "含油抹布、手套", WasteUnit.KG, room.id());
        WasteKind paint = WasteCatalogue.insertKind(handle, "HW12", "900-252-12", "漆渣", WasteUnit.KG, room.id());
        WasteKind filters = WasteCatalogue.insertKind(handle, "HW49", "900-041-49", "废机油滤清器", WasteUnit.PIECE,
                shelf.id());
        WasteKind batteries = WasteCatalogue.insertKind(handle, "HW31", "900-052-31", "废铅蓄电池", WasteUnit.PIECE,
                shelf.id());
        LabourCatalogDao catalog = handle.attach(LabourCatalogDao.class);
        rule(handle, catalog, "OIL-01", oil, "3.6", false);
        rule(handle, catalog, "OIL-01", rags, "0.2", false);
        rule(handle, catalog, "OIL-01", filters, "1", true);
        rule(handle, catalog, "ATF-01", oil, "3.5", false);
        rule(handle, catalog, "BRKF-01", oil, "0.9", false);
        rule(handle, catalog, "BATT-01", batteries, "1", true);
        rule(handle, catalog, "PAINT-01", paint, "0.8", false);
        WasteHandler licensed = WasteCatalogue.insertHandler(handle, "广州绿源环保科技有限公司", "440100-HW-2025-018",
                LocalDate.of(today.getYear() + 1, 6, 30), Set.of("HW08", "HW12", "HW49"));
        WasteCatalogue.insertHandler(handle, "佛山南海再生资源有限公司", "440605-HW-2023-007",
                today.minusDays(37), Set.of("HW08", "HW31"));

        for (int back = 31; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            Instant at = day.atTime(LocalTime.of(18, 0)).atZone(clock.getZone()).toInstant();
            WasteLedgerService.insertEntry(handle, oil.id(), day, WasteMovement.PRODUCED,
                    new BigDecimal(12 + random.nextInt(14) + "." + random.nextInt(10)), WasteSource.MANUAL, null,
                    "快保工位接油桶称重", "clerk", at);
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                WasteLedgerService.insertEntry(handle, rags.id(), day, WasteMovement.PRODUCED,
                        new BigDecimal(3 + random.nextInt(3) + ".5"), WasteSource.MANUAL, null, "车间含油抹布称重",
                        "clerk", at);
                WasteLedgerService.insertEntry(handle, paint.id(), day, WasteMovement.PRODUCED,
                        new BigDecimal(1 + random.nextInt(2) + ".2"), WasteSource.MANUAL, null, "喷漆房漆渣", "clerk", at);
            }
        }
        for (EnvironmentDao.FinishedLine line : handle.attach(EnvironmentDao.class)
                .finishedSince(today.minusDays(31).atStartOfDay(clock.getZone()).toInstant())) {
            WasteGeneration.generate(handle, line.id(), line.repairOrderId(), LineKind.valueOf(line.kind()),
                    line.operationId(), line.doneAt().atZone(clock.getZone()).toLocalDate(),
                    line.doneBy() == null ? "tech" : line.doneBy(), line.doneAt());
        }
        LocalDate handedOver = today.minusDays(12);
        WasteLedgerService.insertTransfer(handle, oil.id(), licensed.id(), "4401062026" + String.format("%06d",
                        handedOver.getDayOfYear() * 10 + 1), new BigDecimal("200"), "粤A·H3321", handedOver, "赵磊",
                "陈建国", "clerk", handedOver.atTime(LocalTime.of(15, 30)).atZone(clock.getZone()).toInstant());
    }

    private static void rule(Handle handle, LabourCatalogDao catalog, String operation, WasteKind kind,
                             String quantity, boolean oldPart) {
        catalog.operationByCode(operation).ifPresent(op -> WasteCatalogue.insertRule(handle, kind.id(), op.id(), null,
                new BigDecimal(quantity), oldPart));
    }
}
