package com.fours.workbench.parts;

/** A parts supplier (供应商): the brand's parts centre, a local wholesaler, a tyre dealer. */
public record Supplier(long id, String code, String name, String contact, String phone, String address,
                       boolean active, int version) {

    static final String COLUMNS = "id, code, name, contact, phone, address, active, version";
}
