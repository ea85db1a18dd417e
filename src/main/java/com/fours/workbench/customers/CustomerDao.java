package com.fours.workbench.customers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(CustomerRow.class)
interface CustomerDao {

    @SqlQuery("SELECT " + CustomerRow.COLUMNS + " FROM customer WHERE id = :id")
    Optional<CustomerRow> find(long id);

    @SqlQuery("SELECT " + CustomerRow.COLUMNS + " FROM customer WHERE id IN (<ids>)")
    List<CustomerRow> findAll(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT merged_into FROM customer WHERE id = :id")
    Optional<Long> mergedInto(long id);

    /** Live customers sharing one of these numbers, in either phone column. */
    @SqlQuery("SELECT " + CustomerRow.COLUMNS + " FROM customer WHERE merged_into IS NULL AND id <> :exceptId "
            + "AND (mobile IN (<phones>) OR other_phone IN (<phones>)) ORDER BY id")
    List<CustomerRow> withPhones(@BindList("phones") List<String> phones, long exceptId);

    /** A new customer's columns, for {@link #insertAll}. */
    record StoredCustomer(String kind, String name, String mobile, String otherPhone, String address, String creditCode,
                          String preferredContact, boolean contactConsent, Instant consentAt, String memberLevel,
                          String notes, Instant createdAt) {
    }

    /** As {@link #insert} for many customers in one batch; the ids in the same order. */
    @SqlBatch("""
            INSERT INTO customer (kind, name, mobile, other_phone, address, credit_code, preferred_contact,
                                  contact_consent, consent_at, member_level, notes, created_at)
            VALUES (:kind, :name, :mobile, :otherPhone, :address, :creditCode, :preferredContact,
                    :contactConsent, :consentAt, :memberLevel, :notes, :createdAt)
            """)
    @GetGeneratedKeys("id")
    List<Long> insertAll(@BindMethods List<StoredCustomer> customers);

    @SqlUpdate("""
            INSERT INTO customer (kind, name, mobile, other_phone, address, credit_code, preferred_contact,
                                  contact_consent, consent_at, member_level, notes, created_at)
            VALUES (:kind, :name, :mobile, :otherPhone, :address, :creditCode, :preferredContact,
                    :contactConsent, :consentAt, :memberLevel, :notes, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insert(String kind, String name, String mobile, String otherPhone, String address, String creditCode,
                String preferredContact, boolean contactConsent, Instant consentAt, String memberLevel, String notes,
                Instant createdAt);

    @SqlUpdate("""
            UPDATE customer SET kind = :kind, name = :name, mobile = :mobile, other_phone = :otherPhone,
                   address = :address, credit_code = :creditCode, preferred_contact = :preferredContact,
                   contact_consent = :contactConsent, consent_at = :consentAt, member_level = :memberLevel,
                   notes = :notes, version = version + 1
            WHERE id = :id AND version = :version AND merged_into IS NULL
            """)
    int update(long id, int version, String kind, String name, String mobile, String otherPhone, String address,
               String creditCode, String preferredContact, boolean contactConsent, Instant consentAt,
               String memberLevel, String notes);

    @SqlUpdate("UPDATE customer SET merged_into = :keepId, version = version + 1 WHERE id = :mergedId AND version = :version")
    int markMerged(long mergedId, int version, long keepId);

    @SqlQuery("SELECT COUNT(*) FROM customer WHERE merged_into IS NULL")
    long countLive();

    /** Intake sheets and repair orders of a merged customer follow the kept one. */
    @SqlUpdate("UPDATE intake SET customer_id = :keepId WHERE customer_id = :mergedId")
    void moveIntakes(long mergedId, long keepId);

    @SqlUpdate("UPDATE repair_order SET customer_id = :keepId WHERE customer_id = :mergedId")
    void moveRepairOrders(long mergedId, long keepId);
}
