package com.fours.workbench.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.safety.DrillInput;
import com.fours.workbench.safety.DrillKind;
import com.fours.workbench.safety.Incident;
import com.fours.workbench.safety.IncidentInput;
import com.fours.workbench.safety.IncidentKind;
import com.fours.workbench.safety.IncidentSeverity;
import com.fours.workbench.safety.SafetyDao;
import com.fours.workbench.safety.SafetyService;
import com.fours.workbench.security.Role;
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.staff.TrainingService;

/**
 * The demo store's safety records: a closed incident (a lift arm grazed a car two months ago), an
 * open near miss of last week (a slip on drained oil) and this year's fire drill.
 */
public final class SafetyDemoData implements DemoDataContributor {

    private final Clock clock;

    public SafetyDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int order() {
        return 96; // after the staff and their training (95)
    }

    @Override
    public String stepKey() {
        return "demo.step.safety";
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        LocalDate today = LocalDate.now(clock);
        List<StaffMember> staff = TrainingService.staff(handle, clock.getZone());
        StaffMember manager = first(staff, Role.SERVICE_MANAGER);
        StaffMember lead = staff.stream().filter(m -> m.role() == Role.TEAM_LEAD).findFirst().orElse(manager);

        LocalDate grazed = today.minusMonths(2).withDayOfMonth(12);
        Incident incident = SafetyService.insertIncident(handle, new IncidentInput(IncidentKind.VEHICLE_DAMAGE,
                IncidentSeverity.MODERATE, "举升机支臂未对准支撑点，车辆下降时左侧裙边刮伤", "2号工位（举升机）",
                grazed.toString(), "10:40", lead.name(), "0", "举升前未按规程确认四个支撑点，赶时间",
                "停止作业，拍照取证，通知服务顾问联系客户", "全员重学举升机操作规程，举升前由第二人确认支撑点",
                lead.id(), grazed.plusDays(14).toString()), lead.username(), instantOf(grazed, 11), clock);
        handle.attach(SafetyDao.class).close(incident.id(), manager.username(), instantOf(grazed.plusDays(15), 17),
                "已培训并抽查两周，支撑点确认执行到位；车辆已免费修复");

        LocalDate slipped = today.minusDays(6);
        SafetyService.insertIncident(handle, new IncidentInput(IncidentKind.NEAR_MISS, IncidentSeverity.MINOR,
                "快修工位地面有洒落的废机油，技师险些滑倒", "快修工位", slipped.toString(), "15:20", lead.name(), "0",
                "接油盘放置不当，废油溢出后未及时清理", "铺吸油棉清理地面，设置警示牌", "", null, ""),
                lead.username(), instantOf(slipped, 16), clock);

        LocalDate drilled = LocalDate.of(today.getYear(), 6, 18).isAfter(today) ? today.minusDays(20)
                : LocalDate.of(today.getYear(), 6, 18);
        List<Long> participants = staff.stream().limit(8).map(StaffMember::id).toList();
        SafetyService.insertDrill(handle, new DrillInput(DrillKind.FIRE, "车间火灾应急预案（2026版）",
                drilled.toString(), "45", participants, "疏散用时 3 分 40 秒；一具灭火器压力不足",
                "每月检查灭火器压力并登记；疏散路线图更新到新喷漆房"), manager.username(),
                instantOf(drilled, 17), clock);
    }

    private static StaffMember first(List<StaffMember> staff, Role role) {
        return staff.stream().filter(m -> m.role() == role).findFirst().orElse(staff.get(0));
    }

    private Instant instantOf(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(clock.getZone()).toInstant();
    }
}
