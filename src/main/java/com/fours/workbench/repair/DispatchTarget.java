package com.fours.workbench.repair;

/** Who a job can be given to: a technician ({@code technicianId}) or a work group ({@code workGroupId}). */
public record DispatchTarget(Long technicianId, Long workGroupId, String name) {

    public static DispatchTarget technician(long userId, String name) {
        return new DispatchTarget(userId, null, name);
    }

    public static DispatchTarget group(long groupId, String name) {
        return new DispatchTarget(null, groupId, name);
    }

    public boolean isGroup() {
        return workGroupId != null;
    }
}
