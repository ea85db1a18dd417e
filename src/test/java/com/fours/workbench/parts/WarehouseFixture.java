package com.fours.workbench.parts;

import java.math.BigDecimal;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** A set-up store with a clerk (zhaolei), a manager (zhoujie), two parts, two bins and a supplier. */
final class WarehouseFixture {

    static final String PASSWORD = "Start2026";

    final AppServices services;
    final Part filter;
    final Part oil;
    final Bin a1;
    final Bin b2;
    final Supplier supplier;

    WarehouseFixture(MutableClock clock) {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "zhaolei", PASSWORD, Role.WAREHOUSE_CLERK);
        TestWorkbench.addUser(services, "zhoujie", PASSWORD, Role.SERVICE_MANAGER);
        TestWorkbench.addUser(services, "lina", PASSWORD, Role.SERVICE_ADVISOR);
        as("zhoujie");
        filter = services.parts().create(new PartInput("90915-YZZE1", "机油滤清器", "Oil filter", "丰田", null,
                PartUnit.PCS, PartCategory.FILTER, "4582198201234", "5", "20", PricePolicy.COST_PLUS, "", true));
        oil = services.parts().create(new PartInput("08880-83718", "丰田全合成机油 0W-20", "Engine oil 0W-20", "丰田",
                "4L", PartUnit.LITRE, PartCategory.OIL, "", "0", "0", PricePolicy.FIXED, "98.00", true));
        a1 = services.parts().createBin("A-01-01", null);
        b2 = services.parts().createBin("B-02-03", null);
        supplier = services.purchasing().createSupplier("GTMC-PC", "广汽丰田配件中心", "王经理", "020-82210000", null);
        services.parts().assignBin(filter.id(), a1.id(), true);
        services.parts().assignBin(oil.id(), b2.id(), true);
    }

    void as(String user) {
        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login(user, PASSWORD.toCharArray());
    }

    static BigDecimal q(String value) {
        return new BigDecimal(value);
    }
}
