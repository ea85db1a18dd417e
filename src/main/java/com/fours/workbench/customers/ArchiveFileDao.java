package com.fours.workbench.customers;

import java.util.Collection;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Lookups of many records at once, for importing and exporting files: one query per batch, not per row. */
@RegisterConstructorMapper(ArchiveFileDao.VinAndPlate.class)
@RegisterConstructorMapper(ArchiveFileDao.PhoneOwner.class)
@RegisterConstructorMapper(VehicleRow.class)
interface ArchiveFileDao {

    record VinAndPlate(String vin, String plate) {
    }

    record PhoneOwner(long id, String name, String mobile, String otherPhone) {
    }

    @SqlQuery("SELECT vin, plate FROM vehicle WHERE vin IN (<vins>)")
    List<VinAndPlate> withVins(@BindList("vins") Collection<String> vins);

    @SqlQuery("SELECT vin, plate FROM vehicle WHERE plate IN (<plates>)")
    List<VinAndPlate> withPlates(@BindList("plates") Collection<String> plates);

    @SqlQuery("SELECT id, name, mobile, other_phone FROM customer WHERE merged_into IS NULL AND mobile IN (<phones>)")
    List<PhoneOwner> withMobiles(@BindList("phones") Collection<String> phones);

    @SqlQuery("SELECT id, name, mobile, other_phone FROM customer WHERE merged_into IS NULL AND other_phone IN (<phones>)")
    List<PhoneOwner> withOtherPhones(@BindList("phones") Collection<String> phones);

    @SqlQuery("SELECT " + VehicleRow.COLUMNS + " FROM vehicle WHERE id IN (<ids>)")
    List<VehicleRow> vehicles(@BindList("ids") Collection<Long> ids);
}
