package com.fours.workbench.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(StoreProfileRow.class)
interface StoreProfileDao {

    @SqlQuery("SELECT name, address, phone, credit_code, labour_rate, vat_rate, version FROM store_profile WHERE id = 1")
    Optional<StoreProfileRow> find();

    @SqlUpdate("""
            INSERT INTO store_profile (id, name, address, phone, credit_code, labour_rate, vat_rate, updated_at)
            VALUES (1, :name, :address, :phone, :creditCode, :labourRate, :vatRate, :updatedAt)
            """)
    void insert(String name, String address, String phone, String creditCode, BigDecimal labourRate,
                BigDecimal vatRate, Instant updatedAt);

    @SqlUpdate("""
            UPDATE store_profile SET name = :name, address = :address, phone = :phone, credit_code = :creditCode,
                   labour_rate = :labourRate, vat_rate = :vatRate, updated_at = :updatedAt, version = version + 1
            WHERE id = 1 AND version = :version
            """)
    int update(String name, String address, String phone, String creditCode, BigDecimal labourRate,
               BigDecimal vatRate, Instant updatedAt, int version);
}
