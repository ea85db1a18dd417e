package com.fours.workbench.repair.ui;

import java.util.ArrayList;
import java.util.List;

import com.fours.workbench.repair.DispatchService;
import com.fours.workbench.repair.JobBoardService;
import com.fours.workbench.repair.JobClockService;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.ui.Section;

/** What the workshop panes need: the repair screens' context and the dispatch, job-clock and board services. */
public record DispatchContext(RepairContext repair, DispatchService dispatch, JobClockService jobClock,
                              JobBoardService board) {

    /**
     * The workshop panes of the Repair Orders tab for the signed-in user: the job board for all, the
     * technician's own jobs for the workshop's people, dispatch for who may dispatch.
     */
    public static List<Section> panes(RepairContext repair, DispatchService dispatch, JobClockService jobClock,
                                         JobBoardService board) {
        DispatchContext context = new DispatchContext(repair, dispatch, jobClock, board);
        List<Section> panes = new ArrayList<>();
        panes.add(new JobBoardPane(context));
        boolean workshop = repair.session().user().map(u -> u.roles().contains(Role.TECHNICIAN)
                || u.roles().contains(Role.TEAM_LEAD)).orElse(false);
        if (workshop) {
            panes.add(new JobClockPane(context));
        }
        if (repair.may(Permission.DISPATCH_JOBS)) {
            panes.add(new DispatchPane(context));
        }
        return panes;
    }
}
