package com.fours.workbench.environment;

/** A kind of hazardous waste the store produces: category (HW08), national code (900-214-08), unit, place. */
public record WasteKind(long id, String category, String code, String name, WasteUnit unit, long placeId,
                        String placeName) {

    static final String COLUMNS = "k.id, k.category, k.code, k.name, k.unit, k.place_id, p.name AS place_name";
    static final String FROM = " FROM waste_kind k JOIN waste_place p ON p.id = k.place_id ";

    /** As the ledger names it: HW08 900-214-08 废矿物油. */
    public String label() {
        return category + " " + code + " " + name;
    }
}
