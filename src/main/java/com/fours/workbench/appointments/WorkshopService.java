package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The workshop's capacity as the team lead keeps it: work groups with their technicians and
 * hours per weekday, technicians' absences, the store's holidays and weekend days worked (调休),
 * and the arrival slots of the front desk.
 */
public final class WorkshopService {

    static final int MAX_NAME = 50;
    static final int MAX_REASON = 200;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;

    public WorkshopService(Transactions transactions, Session session, AuditTrail audit) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
    }

    public WorkGroup createGroup(String name, int sortOrder) {
        session.require(Permission.MANAGE_WORKSHOP_CAPACITY);
        String checked = name(name);
        return transactions.inTransaction(handle -> {
            WorkshopDao dao = handle.attach(WorkshopDao.class);
            if (dao.activeGroups().stream().anyMatch(g -> g.name().equals(checked))) {
                throw new BusinessRuleException("workshop.groupExists", checked);
            }
            WorkGroup group = insertGroup(handle, checked, sortOrder);
            audit.record(handle, AppointmentsAuditAction.WORK_GROUP_CHANGED, "workGroup", group.id(), null, "name=" + checked);
            return group;
        });
    }

    public static WorkGroup insertGroup(Handle handle, String name, int sortOrder) {
        WorkshopDao dao = handle.attach(WorkshopDao.class);
        return dao.group(dao.insertGroup(name, sortOrder)).orElseThrow();
    }

    public WorkGroup renameOrRetire(long groupId, int expectedVersion, String name, boolean active) {
        session.require(Permission.MANAGE_WORKSHOP_CAPACITY);
        String checked = name(name);
        return transactions.inTransaction(handle -> {
            WorkshopDao dao = handle.attach(WorkshopDao.class);
            WorkGroup before = dao.group(groupId).orElseThrow(() -> new BusinessRuleException("workshop.groupNotFound"));
            if (dao.updateGroup(groupId, expectedVersion, checked, active) == 0) {
                throw new ConcurrentChangeException(before.name());
            }
            audit.record(handle, AppointmentsAuditAction.WORK_GROUP_CHANGED, "workGroup", groupId,
                    "name=" + before.name() + ", active=" + before.active(), "name=" + checked + ", active=" + active);
            return dao.group(groupId).orElseThrow();
        });
    }

    /** The technicians of a group: users with the technician or team-lead role. */
    public void setMembers(long groupId, Set<Long> userIds) {
        session.require(Permission.MANAGE_WORKSHOP_CAPACITY);
        transactions.useTransaction(handle -> {
            WorkshopDao dao = handle.attach(WorkshopDao.class);
            dao.group(groupId).orElseThrow(() -> new BusinessRuleException("workshop.groupNotFound"));
            Set<Long> technicians = Set.copyOf(technicianIds(dao));
            for (long userId : userIds) {
                if (!technicians.contains(userId)) {
                    throw new BusinessRuleException("workshop.notATechnician", String.valueOf(userId));
                }
            }
            for (WorkshopDao.MemberRow elsewhere : dao.members()) {
                if (elsewhere.groupId() != groupId && userIds.contains(elsewhere.userId())) {
                    // a technician's hours count once: in one group
                    String group = dao.group(elsewhere.groupId()).map(WorkGroup::name).orElse("");
                    String name = dao.user(elsewhere.userId()).map(Technician::displayName).orElse("");
                    throw new BusinessRuleException("workshop.memberElsewhere", name, group);
                }
            }
            dao.clearMembers(groupId);
            userIds.stream().sorted().forEach(userId -> dao.insertMember(groupId, userId));
            audit.record(handle, AppointmentsAuditAction.WORK_GROUP_CHANGED, "workGroup", groupId, null,
                    "members=" + userIds.stream().sorted().toList());
        });
    }

    /** Hours each technician of the group works per weekday; a weekday left out is not worked. */
    public void setHours(long groupId, Map<DayOfWeek, BigDecimal> hours) {
        session.require(Permission.MANAGE_WORKSHOP_CAPACITY);
        if (hours == null || hours.keySet().stream().anyMatch(java.util.Objects::isNull)) {
            throw new BusinessRuleException("workshop.invalidHours", "");
        }
        hours.values().forEach(h -> {
            if (h == null || h.signum() < 0 || !fitsHoursColumn(h)) {
                throw new BusinessRuleException("workshop.invalidHours", h == null ? "" : h.toPlainString());
            }
        });
        transactions.useTransaction(handle -> {
            WorkshopDao dao = handle.attach(WorkshopDao.class);
            dao.group(groupId).orElseThrow(() -> new BusinessRuleException("workshop.groupNotFound"));
            writeHours(dao, groupId, hours);
            audit.record(handle, AppointmentsAuditAction.WORK_GROUP_CHANGED, "workGroup", groupId, null,
                    "hours=" + new java.util.TreeMap<>(hours));
        });
    }

    public static void writeHours(WorkshopDao dao, long groupId, Map<DayOfWeek, BigDecimal> hours) {
        dao.clearHours(groupId);
        hours.forEach((day, h) -> dao.insertHours(groupId, day.getValue(), h));
    }

    /** A technician away from {@code firstDay} to {@code lastDay}: all day ({@code hours} null) or some hours a day. */
    public long addAbsence(long userId, LocalDate firstDay, LocalDate lastDay, BigDecimal hours, String reason) {
        session.require(Permission.MANAGE_WORKSHOP_CAPACITY);
        if (firstDay == null || lastDay == null) {
            throw new InvalidValueException("field.required");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new BusinessRuleException("workshop.absenceBackwards");
        }
        if (hours != null && (hours.signum() <= 0 || !fitsHoursColumn(hours))) {
            throw new BusinessRuleException("workshop.invalidHours", hours.toPlainString());
        }
        String typedReason = Typed.optionalLineText(reason, MAX_REASON);
        String why = typedReason == null ? "" : typedReason;
        return transactions.inTransaction(handle -> {
            WorkshopDao dao = handle.attach(WorkshopDao.class);
            if (!technicianIds(dao).contains(userId)) {
                throw new BusinessRuleException("workshop.notATechnician", String.valueOf(userId));
            }
            long id = dao.insertAbsence(userId, firstDay, lastDay, hours, why);
            audit.record(handle, AppointmentsAuditAction.ABSENCE_CHANGED, "absence", id, null, "user=" + userId
                    + ", from=" + firstDay + ", to=" + lastDay + ", hours=" + (hours == null ? "all" : hours.toPlainString()));
            return id;
        });
    }

    public void removeAbsence(long absenceId) {
        session.require(Permission.MANAGE_WORKSHOP_CAPACITY);
        transactions.useTransaction(handle -> {
            if (handle.attach(WorkshopDao.class).deleteAbsence(absenceId) == 0) {
                throw new BusinessRuleException("workshop.absenceNotFound");
            }
            audit.record(handle, AppointmentsAuditAction.ABSENCE_CHANGED, "absence", absenceId, "present", null);
        });
    }

    public List<Absence> absences(LocalDate from, LocalDate to) {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> handle.attach(WorkshopDao.class).absences(from, to));
    }

    /**
     * Marks a day closed (a holiday) or worked (a weekend day worked instead, 调休, with the hours of
     * {@code worksAs}); replaces what the day was marked before.
     */
    public void setCalendarDay(LocalDate day, CalendarDayKind kind, DayOfWeek worksAs, String name) {
        session.require(Permission.MANAGE_WORKSHOP_CAPACITY);
        if (day == null || kind == null) {
            throw new InvalidValueException("field.required");
        }
        String label = name(name);
        transactions.useTransaction(handle -> {
            writeCalendarDay(handle, new CalendarDay(day, kind,
                    kind == CalendarDayKind.WORKING ? (worksAs == null ? DayOfWeek.MONDAY : worksAs).getValue() : null, label));
            audit.record(handle, AppointmentsAuditAction.CALENDAR_CHANGED, "calendarDay", day, null,
                    kind + " " + label + (worksAs == null ? "" : " as " + worksAs));
        });
    }

    public static void writeCalendarDay(Handle handle, CalendarDay day) {
        WorkshopDao dao = handle.attach(WorkshopDao.class);
        dao.deleteCalendarDay(day.day());
        dao.insertCalendarDay(day.day(), day.kind(), day.worksAs(), day.name());
    }

    public void clearCalendarDay(LocalDate day) {
        session.require(Permission.MANAGE_WORKSHOP_CAPACITY);
        transactions.useTransaction(handle -> {
            if (handle.attach(WorkshopDao.class).deleteCalendarDay(day) > 0) {
                audit.record(handle, AppointmentsAuditAction.CALENDAR_CHANGED, "calendarDay", day, "marked", null);
            }
        });
    }

    public List<CalendarDay> calendar(LocalDate from, LocalDate to) {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> handle.attach(WorkshopDao.class).calendar(from, to));
    }

    public ArrivalSlots setArrivalSlots(LocalTime first, LocalTime last, int minutes, int carsPerSlot, int expectedVersion) {
        session.require(Permission.MANAGE_WORKSHOP_CAPACITY);
        if (first == null || last == null || last.isBefore(first) || minutes < 5 || minutes > 240 || carsPerSlot < 1) {
            throw new BusinessRuleException("workshop.invalidSlots");
        }
        return transactions.inTransaction(handle -> {
            WorkshopDao dao = handle.attach(WorkshopDao.class);
            ArrivalSlots before = dao.slots();
            if (dao.updateSlots(first, last, minutes, carsPerSlot, expectedVersion) == 0) {
                throw new ConcurrentChangeException("slots");
            }
            ArrivalSlots after = dao.slots();
            audit.record(handle, AppointmentsAuditAction.ARRIVAL_SLOTS_CHANGED, "arrivalSlots", 1, before.toString(),
                    after.toString());
            return after;
        });
    }

    /** A group with its members and its hours per weekday, as the team lead edits them. */
    public record GroupSetup(WorkGroup group, Set<Long> members, Map<DayOfWeek, BigDecimal> hours) {
    }

    public List<GroupSetup> groupSetups() {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> {
            WorkshopDao dao = handle.attach(WorkshopDao.class);
            List<WorkshopDao.MemberRow> members = dao.members();
            List<WorkshopDao.HoursRow> hours = dao.hours();
            return dao.activeGroups().stream().map(group -> {
                Map<DayOfWeek, BigDecimal> byDay = new java.util.EnumMap<>(DayOfWeek.class);
                hours.stream().filter(h -> h.groupId() == group.id())
                        .forEach(h -> byDay.put(DayOfWeek.of(h.weekday()), h.hours()));
                return new GroupSetup(group, members.stream().filter(m -> m.groupId() == group.id())
                        .map(WorkshopDao.MemberRow::userId).collect(java.util.stream.Collectors.toSet()), byDay);
            }).toList();
        });
    }

    /** Users who can be in a work group: technicians and team leads. */
    public List<Technician> technicians() {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> handle.attach(WorkshopDao.class).usersWithRoles(List.of("TECHNICIAN", "TEAM_LEAD")));
    }

    private static List<Long> technicianIds(WorkshopDao dao) {
        return dao.usersWithRoles(List.of("TECHNICIAN", "TEAM_LEAD")).stream().map(Technician::userId).toList();
    }

    /** A group's or a calendar day's name (both columns hold 50). */
    private static String name(String typed) {
        String name = Typed.optionalLineText(typed, MAX_NAME);
        if (name == null) {
            throw new BusinessRuleException("workshop.invalidName");
        }
        return name;
    }

    /** Hours of a day, as DECIMAL(4,2) holds them: 0 to 24 in hundredths. */
    private static boolean fitsHoursColumn(BigDecimal hours) {
        return hours.compareTo(BigDecimal.valueOf(24)) <= 0 && hours.stripTrailingZeros().scale() <= 2;
    }
}
