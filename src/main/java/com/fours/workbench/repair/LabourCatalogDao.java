package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.db.MoneyColumnMapper;

@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(LabourOperation.class)
@RegisterConstructorMapper(CannedJobItem.class)
@RegisterConstructorMapper(LabourCatalog.CannedJobRow.class)
public interface LabourCatalogDao {

    String OPERATION_COLUMNS = "id, code, name_zh, name_en, category, standard_hours, work_group_id, active, version";

    @SqlQuery("SELECT " + OPERATION_COLUMNS + " FROM labour_operation WHERE id = :id")
    Optional<LabourOperation> operation(long id);

    @SqlQuery("SELECT " + OPERATION_COLUMNS + " FROM labour_operation WHERE code = :code")
    Optional<LabourOperation> operationByCode(String code);

    @SqlQuery("SELECT " + OPERATION_COLUMNS + " FROM labour_operation ORDER BY code")
    List<LabourOperation> operations();

    @SqlUpdate("""
            INSERT INTO labour_operation (code, name_zh, name_en, category, standard_hours, work_group_id, active)
            VALUES (:code, :nameZh, :nameEn, :category, :standardHours, :workGroupId, :active)
            """)
    @GetGeneratedKeys("id")
    long insertOperation(String code, String nameZh, String nameEn, String category, BigDecimal standardHours,
                         Long workGroupId, boolean active);

    @SqlUpdate("""
            UPDATE labour_operation SET code = :code, name_zh = :nameZh, name_en = :nameEn, category = :category,
                standard_hours = :standardHours, work_group_id = :workGroupId, active = :active, version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int updateOperation(long id, int expectedVersion, String code, String nameZh, String nameEn, String category,
                        BigDecimal standardHours, Long workGroupId, boolean active);

    @SqlQuery("SELECT hourly_rate FROM labour_rate WHERE category = :category")
    Optional<BigDecimal> rate(String category);

    @SqlUpdate("DELETE FROM labour_rate WHERE category = :category")
    void deleteRate(String category);

    @SqlUpdate("INSERT INTO labour_rate (category, hourly_rate) VALUES (:category, :rate)")
    void insertRate(String category, BigDecimal rate);

    @SqlQuery("SELECT id, code, name_zh, name_en, vehicle_model, active, version FROM canned_job WHERE id = :id")
    Optional<LabourCatalog.CannedJobRow> cannedJob(long id);

    @SqlQuery("SELECT id FROM canned_job ORDER BY code")
    List<Long> cannedJobIds();

    @SqlQuery("SELECT id FROM canned_job WHERE code = :code")
    Optional<Long> cannedJobByCode(String code);

    @SqlQuery("""
            SELECT i.item_no, i.operation_id, i.part_id, COALESCE(o.code, p.part_number) AS code,
                   COALESCE(o.name_zh, p.name_zh) AS name, i.quantity
            FROM canned_job_item i LEFT JOIN labour_operation o ON o.id = i.operation_id
            LEFT JOIN part p ON p.id = i.part_id
            WHERE i.canned_job_id = :jobId ORDER BY i.item_no
            """)
    List<CannedJobItem> items(long jobId);

    @SqlUpdate("""
            INSERT INTO canned_job (code, name_zh, name_en, vehicle_model, active)
            VALUES (:code, :nameZh, :nameEn, :vehicleModel, :active)
            """)
    @GetGeneratedKeys("id")
    long insertCannedJob(String code, String nameZh, String nameEn, String vehicleModel, boolean active);

    @SqlUpdate("""
            UPDATE canned_job SET code = :code, name_zh = :nameZh, name_en = :nameEn, vehicle_model = :vehicleModel,
                active = :active, version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int updateCannedJob(long id, int expectedVersion, String code, String nameZh, String nameEn, String vehicleModel,
                        boolean active);

    @SqlUpdate("DELETE FROM canned_job_item WHERE canned_job_id = :jobId")
    void deleteItems(long jobId);

    @SqlUpdate("""
            INSERT INTO canned_job_item (canned_job_id, item_no, operation_id, part_id, quantity)
            VALUES (:jobId, :itemNo, :operationId, :partId, :quantity)
            """)
    void insertItem(long jobId, int itemNo, Long operationId, Long partId, BigDecimal quantity);

    @SqlQuery("SELECT COUNT(*) FROM work_group WHERE id = :id")
    int workGroupCount(long id);

    @SqlQuery("SELECT id FROM work_group WHERE name = :name")
    Optional<Long> workGroupByName(String name);
}
