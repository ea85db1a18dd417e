package com.fours.workbench.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The keys and documents of an intake sheet: its key tag and what was taken (decision 0097). */
@RegisterConstructorMapper(KeysAndDocumentsDao.ItemRow.class)
public interface KeysAndDocumentsDao {

    /** A taken item as stored. */
    record ItemRow(long id, String kind, int quantity, String description, String state, String reason,
                   String settledBy, Instant settledAt) {

        TakenItem toItem() {
            return new TakenItem(id, ItemKind.valueOf(kind), quantity, description, ItemState.valueOf(state), reason,
                    settledBy, settledAt);
        }
    }

    String ITEM_COLUMNS = "i.id, i.kind, i.quantity, i.description, i.state, i.reason, "
            + "COALESCE(u.display_name, i.settled_by) AS settled_by, i.settled_at";
    String ITEM_FROM = " FROM intake_item i LEFT JOIN app_user u ON u.username = i.settled_by ";
    /** The order of the sheet: keys first, then the documents as printed. */
    String ITEM_ORDER = " ORDER BY CASE i.kind WHEN 'KEY' THEN 1 WHEN 'VEHICLE_LICENCE' THEN 2 "
            + "WHEN 'MAINTENANCE_BOOKLET' THEN 3 WHEN 'INSURANCE_POLICY' THEN 4 ELSE 5 END";

    @SqlUpdate("UPDATE intake SET key_tag = :keyTag WHERE id = :intakeId")
    void setKeyTag(long intakeId, String keyTag);

    @SqlQuery("SELECT key_tag FROM intake WHERE id = :intakeId")
    Optional<String> keyTag(long intakeId);

    @SqlUpdate("""
            INSERT INTO intake_item (intake_id, kind, quantity, description, state)
            VALUES (:intakeId, :kind, :quantity, :description, 'HELD')
            """)
    void insert(long intakeId, String kind, int quantity, String description);

    /** Held items may be changed with the sheet; a settled one stays as the hand-back left it. */
    @SqlUpdate("DELETE FROM intake_item WHERE intake_id = :intakeId AND state = 'HELD' AND kind IN (<kinds>)")
    void deleteHeld(long intakeId, @BindList("kinds") List<String> kinds);

    @SqlQuery("SELECT " + ITEM_COLUMNS + ITEM_FROM + "WHERE i.intake_id = :intakeId" + ITEM_ORDER)
    List<ItemRow> items(long intakeId);

    @SqlQuery("SELECT intake_id FROM repair_order WHERE id = :orderId")
    Optional<Long> intakeOfOrder(long orderId);

    @SqlUpdate("""
            UPDATE intake_item SET state = :state, reason = :reason, settled_by = :settledBy, settled_at = :settledAt
            WHERE id = :id AND intake_id = :intakeId AND state = 'HELD'
            """)
    int settle(long intakeId, long id, String state, String reason, String settledBy, Instant settledAt);
}
