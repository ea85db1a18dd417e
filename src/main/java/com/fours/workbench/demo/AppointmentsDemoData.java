package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.appointments.AppointmentDao;
import com.fours.workbench.appointments.AppointmentStatus;
import com.fours.workbench.appointments.ArrivalSlots;
import com.fours.workbench.appointments.CalendarDay;
import com.fours.workbench.appointments.CalendarDayKind;
import com.fours.workbench.appointments.CallOutcome;
import com.fours.workbench.appointments.Channel;
import com.fours.workbench.appointments.ServiceType;
import com.fours.workbench.appointments.WorkGroup;
import com.fours.workbench.appointments.WorkshopDao;
import com.fours.workbench.appointments.WorkshopService;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserDao;

/**
 * The workshop of the demo store: four work groups with their technicians, a training day and New
 * Year closed, a Sunday worked, two absences, and three weeks of bookings before today and two
 * after, 15 to 30 on a weekday, fewer on a weekend.
 */
public final class AppointmentsDemoData implements DemoDataContributor {

    private record Group(String name, int technicians, BigDecimal hours, boolean sunday) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("机修组", 6, new BigDecimal("8"), false),
            new Group("快保组", 4, new BigDecimal("8"), true),
            new Group("钣金组", 3, new BigDecimal("8"), false),
            new Group("喷漆组", 3, new BigDecimal("8"), false));
    private static final Map<ServiceType, List<String>> ITEMS = Map.of(
            ServiceType.MAINTENANCE, List.of("更换机油、机滤", "更换空调滤芯", "更换空气滤芯", "检查刹车片", "四轮换位", "更换刹车油"),
            ServiceType.REPAIR, List.of("发动机故障灯亮", "空调不制冷", "刹车异响", "方向盘抖动", "怠速不稳", "车窗升降失灵"),
            ServiceType.WARRANTY, List.of("索赔：水泵渗漏", "索赔：中控屏黑屏", "召回：安全气囊检查"),
            ServiceType.BODYWORK, List.of("前保险杠凹陷修复", "左后门钣金", "右前叶子板整形"),
            ServiceType.PAINT, List.of("前保险杠喷漆", "左前门补漆", "后备箱盖喷漆", "全车抛光打蜡"),
            ServiceType.INSPECTION, List.of("年检前检测", "二手车检测", "长途前安全检查"));
    /** What a battery-electric car is booked for instead: no engine, so no oil, filters of it or idling. */
    private static final Map<ServiceType, List<String>> ELECTRIC_ITEMS = Map.of(
            ServiceType.MAINTENANCE, List.of("三电系统检测", "更换空调滤芯", "检查刹车片", "四轮换位", "更换刹车油", "更换减速器油"),
            ServiceType.REPAIR, List.of("充电口无法充电", "空调不制冷", "刹车异响", "方向盘抖动", "续航里程下降", "车窗升降失灵"));
    private static final List<String> NOTES = List.of("", "", "", "客户要求洗车", "上次保养 5,000 公里前", "客户下午要用车",
            "请提前备件", "");

    private final SecurityDemoData staff;
    private final Clock clock;

    public AppointmentsDemoData(SecurityDemoData staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.appointments";
    }

    @Override
    public int order() {
        return 30; // after the customers and their cars
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        // a generator of its own: the bookings stay the same whatever other modules draw before them
        Random random = new Random(DemoSeeder.SEED + 5);
        LocalDate today = LocalDate.now(clock);
        WorkshopDao workshop = handle.attach(WorkshopDao.class);
        Map<String, Long> groupIds = new HashMap<>();
        long tech = userId(handle, "tech");
        long lead = userId(handle, "lead");
        int number = 1;
        List<Long> allTechnicians = new ArrayList<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            Group group = GROUPS.get(g);
            WorkGroup created = WorkshopService.insertGroup(handle, group.name(), g + 1);
            groupIds.put(group.name(), created.id());
            Map<DayOfWeek, BigDecimal> hours = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != DayOfWeek.SUNDAY || group.sunday()) {
                    hours.put(day, group.hours());
                }
            }
            WorkshopService.writeHours(workshop, created.id(), hours);
            List<Long> members = new ArrayList<>();
            if (g == 0) {
                members.add(lead);
                members.add(tech);
            }
            while (members.size() < group.technicians()) {
                String username = String.format("tech%02d", number++);
                members.add(staff.addStaff(handle, username, values.personName(), Role.TECHNICIAN).id());
            }
            members.forEach(userId -> workshop.insertMember(created.id(), userId));
            allTechnicians.addAll(members);
        }
        List<Long> advisors = new ArrayList<>();
        advisors.add(userId(handle, "advisor"));
        advisors.add(staff.addStaff(handle, "advisor2", "孙晓燕", Role.SERVICE_ADVISOR).id());
        advisors.add(staff.addStaff(handle, "advisor3", "郑志强", Role.SERVICE_ADVISOR).id());

        // the calendar: a training day, New Year, a Sunday worked as a Monday; two absences
        LocalDate training = today.plusWeeks(1).with(DayOfWeek.WEDNESDAY);
        WorkshopService.writeCalendarDay(handle, new CalendarDay(training, CalendarDayKind.CLOSED, null, "全员技术培训"));
        LocalDate newYear = LocalDate.of(today.getYear() + 1, 1, 1);
        WorkshopService.writeCalendarDay(handle, new CalendarDay(newYear, CalendarDayKind.CLOSED, null, "元旦"));
        LocalDate workedSunday = today.plusWeeks(2).with(DayOfWeek.SUNDAY);
        WorkshopService.writeCalendarDay(handle, new CalendarDay(workedSunday, CalendarDayKind.WORKING,
                DayOfWeek.MONDAY.getValue(), "调休上班"));
        workshop.insertAbsence(allTechnicians.get(2), today, today.plusDays(2), null, "年假");
        workshop.insertAbsence(allTechnicians.get(7), today.plusDays(1), today.plusDays(1), new BigDecimal("4"), "下午培训");

        List<AppointmentDao.ArchiveCar> carList = handle.attach(AppointmentDao.class).carsInArchive();
        List<long[]> cars = carList.stream().map(car -> new long[] {car.id(), car.ownerId()}).toList();
        Set<Long> electric = new HashSet<>();
        carList.stream().filter(car -> CustomersDemoData.electric(car.model())).forEach(car -> electric.add(car.id()));
        ArrivalSlots slots = workshop.slots();
        List<LocalTime> times = slots.times();
        AppointmentDao appointments = handle.attach(AppointmentDao.class);
        LocalDateTime now = LocalDateTime.now(clock);
        for (LocalDate day = today.minusWeeks(3); !day.isAfter(today.plusWeeks(2)); day = day.plusDays(1)) {
            if (day.equals(training) || day.equals(newYear)) {
                continue;
            }
            boolean sunday = day.getDayOfWeek() == DayOfWeek.SUNDAY && !day.equals(workedSunday);
            int count = sunday ? 4 + random.nextInt(4)
                    : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 12 + random.nextInt(8) : 15 + random.nextInt(16);
            if (day.isAfter(today.plusDays(7))) {
                count = count * 2 / 3; // the farther ahead, the fewer booked yet
            }
            appointments.insertDay(day);
            Set<Long> carsOfTheDay = new HashSet<>();
            Map<LocalTime, Integer> perSlot = new HashMap<>();
            Map<String, BigDecimal> hoursBooked = new HashMap<>();
            for (int i = 0; i < count; i++) {
                long[] car = cars.get(random.nextInt(cars.size()));
                if (!carsOfTheDay.add(car[0])) {
                    continue;
                }
                ServiceType type = sunday ? ServiceType.MAINTENANCE : type(random);
                String group = switch (type) {
                    case MAINTENANCE, INSPECTION -> sunday || random.nextInt(3) > 0 ? "快保组" : "机修组";
                    case REPAIR, WARRANTY -> "机修组";
                    case BODYWORK -> "钣金组";
                    case PAINT -> "喷漆组";
                };
                BigDecimal hours = hours(type, random);
                BigDecimal capacity = GROUPS.stream().filter(g -> g.name().equals(group)).findFirst().orElseThrow().hours()
                        .multiply(BigDecimal.valueOf(GROUPS.stream().filter(g -> g.name().equals(group)).findFirst()
                                .orElseThrow().technicians()));
                BigDecimal already = hoursBooked.getOrDefault(group, BigDecimal.ZERO);
                if (already.add(hours).compareTo(capacity.multiply(new BigDecimal("0.9"))) > 0) {
                    continue;
                }
                LocalTime slot = slot(times, random);
                int tries = 0;
                while (perSlot.getOrDefault(slot, 0) >= slots.carsPerSlot() && tries++ < 20) {
                    slot = slot(times, random);
                }
                if (perSlot.getOrDefault(slot, 0) >= slots.carsPerSlot()) {
                    continue;
                }
                perSlot.merge(slot, 1, Integer::sum);
                hoursBooked.put(group, already.add(hours));
                boolean past = LocalDateTime.of(day, slot).isBefore(now);
                Channel channel = past && random.nextInt(5) == 0 ? Channel.WALK_IN
                        : random.nextInt(3) == 0 ? Channel.ONLINE : Channel.PHONE;
                AppointmentStatus status = status(day, today, past, random);
                List<String> choices = electric.contains(car[0]) ? ELECTRIC_ITEMS.getOrDefault(type, ITEMS.get(type))
                        : ITEMS.get(type);
                String items = choices.get(random.nextInt(choices.size()))
                        + (random.nextBoolean() ? "\n" + choices.get(random.nextInt(choices.size())) : "");
                BigDecimal cost = hours.multiply(new BigDecimal("380"))
                        .add(BigDecimal.valueOf(type == ServiceType.MAINTENANCE ? 200 + random.nextInt(400) : random.nextInt(1500)))
                        .setScale(0, RoundingMode.HALF_UP).setScale(2);
                Instant bookedAt = LocalDateTime.of(day.minusDays(channel == Channel.WALK_IN ? 0 : 1 + random.nextInt(6)),
                        LocalTime.of(9 + random.nextInt(8), random.nextInt(60))).atZone(clock.getZone()).toInstant();
                long id = appointments.insert(car[1], car[0], type, groupIds.get(group), day, slot, hours, cost,
                        advisors.get(random.nextInt(advisors.size())), channel, random.nextInt(4) == 0, items,
                        NOTES.get(random.nextInt(NOTES.size())), status, null, null, null, bookedAt, "advisor");
                appointments.countBooking(day);
                if (status == AppointmentStatus.CONFIRMED) {
                    appointments.insertCall(id, bookedAt.plusSeconds(3600), "advisor", CallOutcome.CONFIRMED, "");
                }
            }
        }
    }

    private static AppointmentStatus status(LocalDate day, LocalDate today, boolean slotPassed, Random random) {
        int dice = random.nextInt(100);
        if (day.isBefore(today)) {
            return dice < 84 ? AppointmentStatus.ARRIVED : dice < 93 ? AppointmentStatus.NO_SHOW : AppointmentStatus.CANCELLED;
        }
        if (day.equals(today) && slotPassed) {
            return dice < 85 ? AppointmentStatus.ARRIVED : AppointmentStatus.CONFIRMED;
        }
        if (day.equals(today) || day.equals(today.plusDays(1))) {
            return dice < 50 ? AppointmentStatus.CONFIRMED : dice < 96 ? AppointmentStatus.BOOKED : AppointmentStatus.CANCELLED;
        }
        return dice < 96 ? AppointmentStatus.BOOKED : AppointmentStatus.CANCELLED;
    }

    private static ServiceType type(Random random) {
        int dice = random.nextInt(100);
        return dice < 50 ? ServiceType.MAINTENANCE : dice < 70 ? ServiceType.REPAIR : dice < 75 ? ServiceType.WARRANTY
                : dice < 85 ? ServiceType.BODYWORK : dice < 93 ? ServiceType.PAINT : ServiceType.INSPECTION;
    }

    private static BigDecimal hours(ServiceType type, Random random) {
        int halfHours = switch (type) {
            case MAINTENANCE -> 2 + random.nextInt(3);
            case INSPECTION -> 1 + random.nextInt(2);
            case REPAIR -> 3 + random.nextInt(8);
            case WARRANTY -> 2 + random.nextInt(6);
            case BODYWORK -> 6 + random.nextInt(10);
            case PAINT -> 6 + random.nextInt(10);
        };
        return BigDecimal.valueOf(halfHours).divide(BigDecimal.valueOf(2)).setScale(2);
    }

    /** Most cars come in the morning: half of them before 10:30. */
    private static LocalTime slot(List<LocalTime> times, Random random) {
        int index = random.nextBoolean() ? random.nextInt(Math.min(6, times.size())) : random.nextInt(times.size());
        return times.get(index);
    }

    private static long userId(Handle handle, String username) {
        return handle.attach(UserDao.class).idOf(username);
    }
}
