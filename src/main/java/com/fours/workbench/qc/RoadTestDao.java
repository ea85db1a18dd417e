package com.fours.workbench.qc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Road tests and the store's rules of which work needs one (decision 0097). */
@RegisterConstructorMapper(RoadTest.class)
@RegisterConstructorMapper(RoadTestRule.class)
public interface RoadTestDao {

    @SqlUpdate("""
            INSERT INTO road_test (repair_order_id, tested_by, start_mileage, end_mileage, passed, remarks,
                                   recorded_by, recorded_at)
            VALUES (:orderId, :testedBy, :startMileage, :endMileage, :passed, :remarks, :recordedBy, :recordedAt)
            """)
    @GetGeneratedKeys("id")
    long insert(long orderId, String testedBy, int startMileage, int endMileage, boolean passed, String remarks,
                String recordedBy, Instant recordedAt);

    @SqlQuery("""
            SELECT id, repair_order_id, tested_by, start_mileage, end_mileage, passed, remarks, recorded_by, recorded_at
            FROM road_test WHERE repair_order_id = :orderId ORDER BY recorded_at, id
            """)
    List<RoadTest> ofOrder(long orderId);

    /** When quality control last failed the order: a road test before it was of the work since redone. */
    @SqlQuery("SELECT MAX(signed_at) FROM qc_signature WHERE repair_order_id = :orderId AND NOT passed")
    Optional<Instant> lastFailure(long orderId);

    @SqlQuery("""
            SELECT r.id, r.category, r.operation_id, o.code AS operation_code, o.name_zh AS operation_name
            FROM road_test_rule r LEFT JOIN labour_operation o ON o.id = r.operation_id
            ORDER BY r.category NULLS LAST, o.code
            """)
    List<RoadTestRule> rules();

    /** How many rules name one of these categories or operations. */
    @SqlQuery("""
            SELECT COUNT(*) FROM road_test_rule
            WHERE category IN (<categories>) OR operation_id IN (<operations>)
            """)
    int matching(@BindList("categories") List<String> categories, @BindList("operations") List<Long> operations);

    @SqlUpdate("""
            INSERT INTO road_test_rule (category, operation_id, created_by, created_at)
            VALUES (:category, :operationId, :createdBy, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insertRule(String category, Long operationId, String createdBy, Instant createdAt);

    @SqlQuery("SELECT COUNT(*) FROM road_test_rule WHERE category = :category OR operation_id = :operationId")
    int existing(String category, Long operationId);

    /** The catalog's active operations, for a rule that names one. */
    @SqlQuery("SELECT id, code, name_zh, name_en FROM labour_operation WHERE active ORDER BY code")
    @RegisterConstructorMapper(RoadTestOperation.class)
    List<RoadTestOperation> operations();

    @SqlUpdate("DELETE FROM road_test_rule WHERE id = :id")
    int deleteRule(long id);
}
