package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The workshop's capacity: groups, their members and hours, absences, the calendar, the slots. */
@RegisterConstructorMapper(WorkGroup.class)
@RegisterConstructorMapper(WorkshopDao.HoursRow.class)
@RegisterConstructorMapper(WorkshopDao.MemberRow.class)
@RegisterConstructorMapper(Absence.class)
@RegisterConstructorMapper(CalendarDay.class)
@RegisterConstructorMapper(ArrivalSlots.class)
@RegisterConstructorMapper(Technician.class)
public interface WorkshopDao {

    record HoursRow(long groupId, int weekday, BigDecimal hours) {
    }

    record MemberRow(long groupId, long userId) {
    }

    @SqlQuery("SELECT id, name, sort_order, active, version FROM work_group WHERE active ORDER BY sort_order, id")
    List<WorkGroup> activeGroups();

    @SqlQuery("SELECT id, name, sort_order, active, version FROM work_group WHERE id = :id")
    Optional<WorkGroup> group(long id);

    @SqlUpdate("INSERT INTO work_group (name, sort_order) VALUES (:name, :sortOrder)")
    @GetGeneratedKeys("id")
    long insertGroup(String name, int sortOrder);

    @SqlUpdate("UPDATE work_group SET name = :name, active = :active, version = version + 1 WHERE id = :id AND version = :version")
    int updateGroup(long id, int version, String name, boolean active);

    @SqlQuery("SELECT group_id, weekday, hours FROM work_group_hours")
    List<HoursRow> hours();

    @SqlUpdate("DELETE FROM work_group_hours WHERE group_id = :groupId")
    void clearHours(long groupId);

    @SqlUpdate("INSERT INTO work_group_hours (group_id, weekday, hours) VALUES (:groupId, :weekday, :hours)")
    void insertHours(long groupId, int weekday, BigDecimal hours);

    @SqlQuery("SELECT m.group_id, m.user_id FROM work_group_member m JOIN app_user u ON u.id = m.user_id WHERE u.active")
    List<MemberRow> members();

    @SqlUpdate("DELETE FROM work_group_member WHERE group_id = :groupId")
    void clearMembers(long groupId);

    @SqlUpdate("INSERT INTO work_group_member (group_id, user_id) VALUES (:groupId, :userId)")
    void insertMember(long groupId, long userId);

    @SqlQuery("""
            SELECT a.id, a.user_id, u.display_name AS technician_name, a.first_day, a.last_day, a.hours, a.reason
            FROM technician_absence a JOIN app_user u ON u.id = a.user_id
            WHERE a.first_day <= :to AND a.last_day >= :from ORDER BY a.first_day, a.id
            """)
    List<Absence> absences(LocalDate from, LocalDate to);

    @SqlUpdate("""
            INSERT INTO technician_absence (user_id, first_day, last_day, hours, reason)
            VALUES (:userId, :firstDay, :lastDay, :hours, :reason)
            """)
    @GetGeneratedKeys("id")
    long insertAbsence(long userId, LocalDate firstDay, LocalDate lastDay, BigDecimal hours, String reason);

    @SqlUpdate("DELETE FROM technician_absence WHERE id = :id")
    int deleteAbsence(long id);

    @SqlQuery("SELECT cal_day, kind, works_as, name FROM store_calendar_day WHERE cal_day BETWEEN :from AND :to ORDER BY cal_day")
    List<CalendarDay> calendar(LocalDate from, LocalDate to);

    @SqlUpdate("DELETE FROM store_calendar_day WHERE cal_day = :day")
    int deleteCalendarDay(LocalDate day);

    @SqlUpdate("INSERT INTO store_calendar_day (cal_day, kind, works_as, name) VALUES (:day, :kind, :worksAs, :name)")
    void insertCalendarDay(LocalDate day, CalendarDayKind kind, Integer worksAs, String name);

    @SqlQuery("SELECT first_slot, last_slot, slot_minutes, cars_per_slot, version FROM arrival_slot_settings WHERE id = 1")
    ArrivalSlots slots();

    @SqlUpdate("""
            UPDATE arrival_slot_settings SET first_slot = :firstSlot, last_slot = :lastSlot, slot_minutes = :slotMinutes,
                   cars_per_slot = :carsPerSlot, version = version + 1
            WHERE id = 1 AND version = :version
            """)
    int updateSlots(LocalTime firstSlot, LocalTime lastSlot, int slotMinutes, int carsPerSlot, int version);

    @SqlQuery("""
            SELECT DISTINCT u.id AS user_id, u.username, u.display_name FROM app_user u
            JOIN user_role r ON r.user_id = u.id
            WHERE u.active AND r.role IN (<roles>) ORDER BY u.display_name
            """)
    List<Technician> usersWithRoles(@BindList("roles") List<String> roles);

    @SqlQuery("SELECT id AS user_id, username, display_name FROM app_user WHERE id = :id")
    Optional<Technician> user(long id);
}
