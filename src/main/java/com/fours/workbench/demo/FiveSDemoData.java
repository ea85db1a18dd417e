package com.fours.workbench.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.inspection.ActionOwner;
import com.fours.workbench.inspection.ChecklistItemInput;
import com.fours.workbench.inspection.FiveSArea;
import com.fours.workbench.inspection.FiveSChecklist;
import com.fours.workbench.inspection.FiveSChecklists;
import com.fours.workbench.inspection.FiveSDao;
import com.fours.workbench.inspection.FiveSFinding;
import com.fours.workbench.inspection.FiveSInspection;
import com.fours.workbench.inspection.FiveSInspections;
import com.fours.workbench.inspection.FiveSItem;
import com.fours.workbench.inspection.FiveSPillar;
import com.fours.workbench.inspection.InspectionInput;

/**
 * The demo store's 5S: the workshop's checklist (6S: with safety), and two inspections of the
 * workshop a month apart by the team lead: the first found oil on the floor of bay 3, which the
 * team lead had cleaned and the second verified; the second found tools left off the shadow board,
 * an action open for the team lead, due next week (not overdue: the home page stays as it was).
 */
public final class FiveSDemoData implements DemoDataContributor {

    private final Clock clock;

    public FiveSDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int order() {
        return 76; // after the staff (10) and the waste ledger (75), beside which it shows
    }

    @Override
    public String stepKey() {
        return "demo.step.fiveS";
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        LocalDate today = LocalDate.now(clock);
        FiveSDao dao = handle.attach(FiveSDao.class);
        ActionOwner lead = dao.usersNamed(List.of("lead")).get(0);
        LocalDate first = today.minusDays(35);
        LocalDate second = today.minusDays(5);
        FiveSChecklist workshop = FiveSChecklists.insert(handle, FiveSArea.WORKSHOP, List.of(
                item(FiveSPillar.SEIRI, "工位无闲置零件、旧件按规定存放", "5", "15"),
                item(FiveSPillar.SEITON, "工具归位形迹板，专用工具有标识", "5", "20"),
                item(FiveSPillar.SEISO, "地面无油污，接油盘及时清理", "5", "20"),
                item(FiveSPillar.SEIKETSU, "三件套使用规范，车辆防护到位", "5", "15"),
                item(FiveSPillar.SHITSUKE, "员工着装整洁，按规程作业", "5", "15"),
                item(FiveSPillar.SAFETY, "灭火器在有效期内，举升机安全锁正常", "5", "15")),
                "manager", at(first.minusDays(30)));
        FiveSChecklists.insert(handle, FiveSArea.WAREHOUSE, List.of(
                item(FiveSPillar.SEIRI, "呆滞件单独存放并标识", "5", "25"),
                item(FiveSPillar.SEITON, "货位号清晰，账物一致", "5", "25"),
                item(FiveSPillar.SEISO, "货架及地面清洁", "5", "25"),
                item(FiveSPillar.SAFETY, "通道畅通，危化品单独存放", "5", "25")),
                "manager", at(first.minusDays(30)));

        FiveSInspection one = FiveSInspections.insert(handle, new InspectionInput(FiveSArea.WORKSHOP, first.toString(),
                "刘洋", scores(workshop, 4, 3, 2, 4, 4, 5), "3号工位地面油污较多",
                List.of(new InspectionInput.Finding("3号工位地面油污未清理", lead.id(), first.plusDays(3).toString())),
                List.of()), List.of(), "lead", at(first), today);
        FiveSFinding oil = dao.findingsOf(one.id()).get(0);
        dao.markDone(oil.id(), "已清理地面并增设接油盘", "lead", at(first.plusDays(2)));
        FiveSInspections.insert(handle, new InspectionInput(FiveSArea.WORKSHOP, second.toString(), "刘洋",
                scores(workshop, 4, 3, 5, 4, 4, 5), "地面油污已整改",
                List.of(new InspectionInput.Finding("2号工位工具未归位形迹板", lead.id(), today.plusDays(7).toString())),
                List.of(oil.id())), List.of(), "lead", at(second), today);
    }

    private static ChecklistItemInput item(FiveSPillar pillar, String text, String scale, String weight) {
        return new ChecklistItemInput(pillar, text, scale, weight);
    }

    private static Map<Long, String> scores(FiveSChecklist checklist, int... given) {
        Map<Long, String> scores = new LinkedHashMap<>();
        List<FiveSItem> items = new ArrayList<>(checklist.items());
        for (int i = 0; i < items.size(); i++) {
            scores.put(items.get(i).id(), String.valueOf(given[i]));
        }
        return scores;
    }

    private Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(16, 30)).atZone(clock.getZone()).toInstant();
    }
}
