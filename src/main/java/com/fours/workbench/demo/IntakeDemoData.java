package com.fours.workbench.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.intake.CarView;
import com.fours.workbench.intake.DamageMarker;
import com.fours.workbench.intake.DamageType;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeDao;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.KeysAndDocumentsInput;
import com.fours.workbench.intake.IntakeService;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.core.PhoneNumber;

/** This morning's receptions at the demo store: a few cars received by the advisor, most already signed. */
public final class IntakeDemoData implements DemoDataContributor {

    private record Visit(String complaint, List<String> items, String estimate, FuelLevel fuel, String valuables,
                         List<DamageMarker> markers, boolean waits, boolean signed) {
    }

    private static final List<Visit> VISITS = List.of(
            new Visit("仪表盘提示保养，顺便检查刹车有异响", List.of("常规保养（机油、机滤）", "检查前刹车片"), "680.00",
                    FuelLevel.HALF, "行车记录仪、雨伞", List.of(
                            new DamageMarker(1, CarView.LEFT, 0.22, 0.55, DamageType.SCRATCH, "前门下沿约10厘米"),
                            new DamageMarker(2, CarView.TOP, 0.16, 0.50, DamageType.STONE_CHIP, "引擎盖")),
                    true, true),
            new Visit("空调不凉，出风有异味", List.of("空调系统检查", "更换空调滤芯"), "350.00", FuelLevel.QUARTER, "",
                    List.of(new DamageMarker(1, CarView.RIGHT, 0.85, 0.45, DamageType.DENT, "右后翼子板凹陷")),
                    false, true),
            new Visit("左前大灯不亮", List.of("检查左前大灯"), "", FuelLevel.THREE_QUARTERS, "儿童座椅", List.of(
                    new DamageMarker(1, CarView.LEFT, 0.04, 0.52, DamageType.CRACK, "左前大灯灯罩裂纹"),
                    new DamageMarker(2, CarView.LEFT, 0.06, 0.70, DamageType.SCRATCH, ""),
                    new DamageMarker(3, CarView.RIGHT, 0.60, 0.15, DamageType.MISSING_PART, "天线缺失")),
                    true, false),
            new Visit("", List.of("20000公里保养"), "520.00", FuelLevel.FULL, "", List.of(), false, true));

    private final IntakeService intakes;
    private final Clock clock;

    public IntakeDemoData(IntakeService intakes, Clock clock) {
        this.intakes = intakes;
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.reception";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        List<IntakeDao.PrivateCar> cars = handle.attach(IntakeDao.class).privateCars(false, VISITS.size());
        Instant now = clock.instant();
        for (int i = 0; i < cars.size(); i++) {
            Visit visit = VISITS.get(i);
            IntakeDao.PrivateCar car = cars.get(i);
            Instant received = now.minus(Duration.ofMinutes(25L * (VISITS.size() - i)));
            // an electric car has no engine oil to change: its routine check is of the high-voltage system
            List<String> items = !CustomersDemoData.electric(car.model()) ? visit.items()
                    : visit.items().stream().map(item -> item.contains("机油") ? "常规保养（三电系统检测）" : item).toList();
            IntakeInput input = new IntakeInput(Integer.toString(car.mileage()), visit.fuel(), visit.valuables(), visit.complaint(),
                    items, visit.estimate(), "", OldPartsHandling.values()[i % 2], car.mobile() == null ? car.name() : car.name() + " " + PhoneNumber.parse(car.mobile()).display(), visit.waits(), "",
                    visit.markers()).withKeysAndDocuments(new KeysAndDocumentsInput(String.format("A-%02d", i + 1),
                    i % 2 == 0 ? "2" : "1", true, i % 2 == 1, i == 0, ""));
            intakes.insertForDemo(handle, car.ownerId(), car.id(), input, received, "advisor", visit.signed());
        }
    }
}
