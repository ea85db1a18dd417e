package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(PartRow.class)
@RegisterConstructorMapper(Bin.class)
public interface PartsDao {

    @SqlQuery("SELECT " + PartRow.COLUMNS + " FROM part p WHERE p.id = :id")
    Optional<PartRow> find(long id);

    @SqlQuery("SELECT " + PartRow.COLUMNS + " FROM part p WHERE p.part_number = :partNumber")
    Optional<PartRow> findByNumber(String partNumber);

    /** One statement, two index lookups: the part number (unique) or a barcode (primary key). */
    @SqlQuery("SELECT " + PartRow.COLUMNS + " FROM part p WHERE p.part_number = :code "
            + "UNION ALL SELECT " + PartRow.COLUMNS + " FROM part_barcode c JOIN part p ON p.id = c.part_id WHERE c.barcode = :code")
    List<PartRow> byNumberOrBarcode(String code);

    @SqlQuery("SELECT " + PartRow.COLUMNS + " FROM part p WHERE UPPER(p.part_number) LIKE :pattern OR p.name_zh LIKE :pattern "
            + "OR UPPER(p.name_en) LIKE :pattern OR UPPER(p.brand) LIKE :pattern "
            + "OR p.id IN (SELECT c.part_id FROM part_barcode c WHERE c.barcode = :exact) "
            + "ORDER BY p.part_number LIMIT :limit")
    List<PartRow> search(String pattern, String exact, int limit);

    @SqlQuery("SELECT " + PartRow.COLUMNS + " FROM part p ORDER BY p.part_number")
    List<PartRow> all();

    @SqlQuery("SELECT " + PartRow.COLUMNS + " FROM part p WHERE p.id IN (<ids>)")
    List<PartRow> byIds(@BindList("ids") Collection<Long> ids);

    @SqlUpdate("""
            INSERT INTO part (part_number, name_zh, name_en, brand, specification, unit, whole_units, category, active,
                              reorder_point, reorder_quantity, average_cost, price_policy, list_price, created_at)
            VALUES (:partNumber, :nameZh, :nameEn, :brand, :specification, :unit, :wholeUnits, :category, :active,
                    :reorderPoint, :reorderQuantity, 0, :pricePolicy, :listPrice, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insert(String partNumber, String nameZh, String nameEn, String brand, String specification, String unit,
                boolean wholeUnits, String category, boolean active, BigDecimal reorderPoint, BigDecimal reorderQuantity,
                String pricePolicy, BigDecimal listPrice, Instant createdAt);

    @SqlUpdate("""
            UPDATE part SET part_number = :partNumber, name_zh = :nameZh, name_en = :nameEn, brand = :brand,
                   specification = :specification, unit = :unit, whole_units = :wholeUnits, category = :category,
                   active = :active, reorder_point = :reorderPoint, reorder_quantity = :reorderQuantity,
                   price_policy = :pricePolicy, list_price = :listPrice, version = version + 1
            WHERE id = :id AND version = :version
            """)
    int update(long id, int version, String partNumber, String nameZh, String nameEn, String brand,
               String specification, String unit, boolean wholeUnits, String category, boolean active,
               BigDecimal reorderPoint, BigDecimal reorderQuantity, String pricePolicy, BigDecimal listPrice);

    @SqlQuery("SELECT barcode FROM part_barcode WHERE part_id = :partId ORDER BY barcode")
    List<String> barcodes(long partId);

    @SqlQuery("SELECT part_id FROM part_barcode WHERE barcode IN (<codes>) AND part_id <> :exceptPartId")
    List<Long> barcodeOwners(@BindList("codes") Collection<String> codes, long exceptPartId);

    @SqlUpdate("DELETE FROM part_barcode WHERE part_id = :partId")
    void deleteBarcodes(long partId);

    @SqlUpdate("INSERT INTO category_margin (category, margin_percent) VALUES (:category, :percent)")
    void insertMargin(String category, BigDecimal percent);

    @SqlUpdate("INSERT INTO part_barcode (barcode, part_id) VALUES (:barcode, :partId)")
    void insertBarcode(String barcode, long partId);

    @SqlQuery("SELECT id, code, description, active FROM bin ORDER BY code")
    List<Bin> bins();

    @SqlQuery("SELECT id, code, description, active FROM bin WHERE code = :code")
    Optional<Bin> binByCode(String code);

    @SqlQuery("SELECT id, code, description, active FROM bin WHERE id = :id")
    Optional<Bin> bin(long id);

    @SqlUpdate("INSERT INTO bin (code, description) VALUES (:code, :description)")
    @GetGeneratedKeys("id")
    long insertBin(String code, String description);

    @SqlQuery("""
            SELECT b.id, b.code, b.description, b.active FROM part_bin pb JOIN bin b ON b.id = pb.bin_id
            WHERE pb.part_id = :partId ORDER BY pb.is_primary DESC, b.code
            """)
    List<Bin> binsOf(long partId);

    @SqlQuery("SELECT COUNT(*) FROM part_bin WHERE part_id = :partId AND bin_id = :binId")
    int isAssigned(long partId, long binId);

    @SqlUpdate("INSERT INTO part_bin (part_id, bin_id, is_primary) VALUES (:partId, :binId, :primary)")
    void assignBin(long partId, long binId, boolean primary);

    @SqlUpdate("UPDATE part_bin SET is_primary = (bin_id = :binId) WHERE part_id = :partId")
    void makePrimary(long partId, long binId);
}
