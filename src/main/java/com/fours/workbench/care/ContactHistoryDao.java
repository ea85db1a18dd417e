package com.fours.workbench.care;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The contacts each feature already records, read for the time line: complaints and their
 * confirming callbacks, calls from the due lists, the appointment confirmation calls, and repair
 * approvals given on the phone. Each query takes a car or a customer.
 */
@RegisterConstructorMapper(ContactEntry.class)
public interface ContactHistoryDao {

    String COMPLAINTS = """
            SELECT c.received_at AS at, 'enum.ContactKind.COMPLAINT' AS kind_key,
                   'enum.ComplaintCategory.' || c.category AS detail_key, c.number || ' ' || c.customer_words AS text,
                   c.vehicle_id, COALESCE(v.plate, v.vin) AS plate, COALESCE(u.display_name, c.recorded_by) AS by_name
            FROM complaint c JOIN vehicle v ON v.id = c.vehicle_id LEFT JOIN app_user u ON u.username = c.recorded_by
            """;

    @SqlQuery(COMPLAINTS + "WHERE c.vehicle_id = :vehicleId")
    List<ContactEntry> complaintsOfVehicle(long vehicleId);

    @SqlQuery(COMPLAINTS + "WHERE c.customer_id = :customerId")
    List<ContactEntry> complaintsOfCustomer(long customerId);

    /** From the record's steps: a reopened complaint forgets its confirmation, the time line does not. */
    String CONFIRMATIONS = """
            SELECT s.done_at AS at, CASE WHEN s.kind = 'CONFIRMED' THEN 'enum.ContactKind.CONFIRMED_SATISFIED'
                       ELSE 'enum.ContactKind.CONFIRMED_NOT_SATISFIED' END AS kind_key, NULL AS detail_key,
                   c.number || CASE WHEN s.detail = '' THEN '' ELSE ' ' || s.detail END AS text,
                   c.vehicle_id, COALESCE(v.plate, v.vin) AS plate, COALESCE(u.display_name, s.done_by) AS by_name
            FROM complaint_step s JOIN complaint c ON c.id = s.complaint_id JOIN vehicle v ON v.id = c.vehicle_id
            LEFT JOIN app_user u ON u.username = s.done_by
            WHERE s.kind IN ('CONFIRMED', 'NOT_SATISFIED')
            """;

    @SqlQuery(CONFIRMATIONS + "AND c.vehicle_id = :vehicleId")
    List<ContactEntry> confirmationsOfVehicle(long vehicleId);

    @SqlQuery(CONFIRMATIONS + "AND c.customer_id = :customerId")
    List<ContactEntry> confirmationsOfCustomer(long customerId);

    String REMINDER_CALLS = """
            SELECT r.called_at AS at, CASE WHEN r.kind = 'INSURANCE' THEN 'enum.ContactKind.INSURANCE_CALL'
                       ELSE 'enum.ContactKind.INSPECTION_CALL' END AS kind_key,
                   'enum.DueReminderOutcome.' || r.outcome AS detail_key, r.note AS text,
                   r.vehicle_id, COALESCE(v.plate, v.vin) AS plate, COALESCE(u.display_name, r.called_by) AS by_name
            FROM due_reminder_call r JOIN vehicle v ON v.id = r.vehicle_id LEFT JOIN app_user u ON u.username = r.called_by
            """;

    @SqlQuery(REMINDER_CALLS + "WHERE r.vehicle_id = :vehicleId")
    List<ContactEntry> reminderCallsOfVehicle(long vehicleId);

    /** Calls about the customer's cars: the car's owner at the time is not recorded, its owner now is. */
    @SqlQuery(REMINDER_CALLS + "WHERE v.owner_id = :customerId")
    List<ContactEntry> reminderCallsOfCustomer(long customerId);

    String APPOINTMENT_CALLS = """
            SELECT k.called_at AS at, 'enum.ContactKind.APPOINTMENT_CALL' AS kind_key,
                   'enum.CallOutcome.' || k.outcome AS detail_key, k.note AS text,
                   a.vehicle_id, COALESCE(v.plate, v.vin) AS plate, COALESCE(u.display_name, k.called_by) AS by_name
            FROM appointment_call k JOIN appointment a ON a.id = k.appointment_id JOIN vehicle v ON v.id = a.vehicle_id
            LEFT JOIN app_user u ON u.username = k.called_by
            """;

    @SqlQuery(APPOINTMENT_CALLS + "WHERE a.vehicle_id = :vehicleId")
    List<ContactEntry> appointmentCallsOfVehicle(long vehicleId);

    @SqlQuery(APPOINTMENT_CALLS + "WHERE a.customer_id = :customerId")
    List<ContactEntry> appointmentCallsOfCustomer(long customerId);

    String PHONE_APPROVALS = """
            SELECT p.called_at AS at, 'enum.ContactKind.PHONE_APPROVAL' AS kind_key, NULL AS detail_key,
                   o.number || COALESCE(' ' || p.what_was_said, '') AS text,
                   o.vehicle_id, COALESCE(v.plate, v.vin) AS plate, COALESCE(u.display_name, p.called_by) AS by_name
            FROM repair_approval p JOIN repair_order o ON o.id = p.repair_order_id JOIN vehicle v ON v.id = o.vehicle_id
            LEFT JOIN app_user u ON u.username = p.called_by
            WHERE p.method = 'PHONE' AND p.called_at IS NOT NULL
            """;

    @SqlQuery(PHONE_APPROVALS + "AND o.vehicle_id = :vehicleId")
    List<ContactEntry> phoneApprovalsOfVehicle(long vehicleId);

    @SqlQuery(PHONE_APPROVALS + "AND o.customer_id = :customerId")
    List<ContactEntry> phoneApprovalsOfCustomer(long customerId);

    /** The advisor's progress calls and messages about a car in the workshop (a new promise with its reason). */
    String PROGRESS_CONTACTS = """
            SELECT p.recorded_at AS at, 'enum.ContactKind.PROGRESS_' || p.channel AS kind_key,
                   CASE WHEN p.reached THEN 'care.contact.reached' ELSE 'care.contact.notReached' END AS detail_key,
                   o.number || ' ' || p.what_was_said || COALESCE(' → ' || p.reason, '') AS text,
                   o.vehicle_id, COALESCE(v.plate, v.vin) AS plate, COALESCE(u.display_name, p.recorded_by) AS by_name
            FROM progress_contact p JOIN repair_order o ON o.id = p.repair_order_id JOIN vehicle v ON v.id = o.vehicle_id
            LEFT JOIN app_user u ON u.username = p.recorded_by
            """;

    @SqlQuery(PROGRESS_CONTACTS + "WHERE o.vehicle_id = :vehicleId")
    List<ContactEntry> progressContactsOfVehicle(long vehicleId);

    @SqlQuery(PROGRESS_CONTACTS + "WHERE o.customer_id = :customerId")
    List<ContactEntry> progressContactsOfCustomer(long customerId);
}
