package com.fours.workbench.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.customers.ArchiveRules;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.CustomerService;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.VinManufacturer;

/** A few hundred customers of a Guangzhou Toyota dealer, most with one car, some with two, a few fleets. */
public final class CustomersDemoData implements DemoDataContributor {

    public static final int CUSTOMERS = 300;

    private record Model(VinManufacturer maker, String brand, String name, boolean electric) {
        Model(VinManufacturer maker, String brand, String name) {
            this(maker, brand, name, false);
        }
    }

    private static final List<Model> MODELS = List.of(
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "凯美瑞"),
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "雷凌"),
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "汉兰达"),
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "致炫"),
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "威兰达"),
            new Model(VinManufacturer.FAW_TOYOTA, "一汽丰田", "卡罗拉"),
            new Model(VinManufacturer.FAW_TOYOTA, "一汽丰田", "RAV4荣放"),
            new Model(VinManufacturer.FAW_TOYOTA, "一汽丰田", "亚洲龙"),
            new Model(VinManufacturer.FAW_TOYOTA, "一汽丰田", "皇冠陆放"),
            new Model(VinManufacturer.GAC_HONDA, "广汽本田", "雅阁"),
            new Model(VinManufacturer.FAW_VOLKSWAGEN, "一汽-大众", "迈腾"),
            new Model(VinManufacturer.BYD, "比亚迪", "汉EV", true));
    private static final List<String> COLORS = List.of("珍珠白", "曜石黑", "铂金银", "星光蓝", "魅影红", "琥珀金");
    private static final List<String> DISTRICTS = List.of("天河区", "越秀区", "海珠区", "番禺区", "白云区", "黄埔区");
    private static final List<String> STREETS = List.of("体育西路", "中山大道", "黄埔大道西", "江南大道中", "广州大道北",
            "天河北路", "番禺大道");
    private static final List<String> COMPANIES = List.of("广州骏达物流有限公司", "广州市恒通租车有限公司",
            "广州华美建材贸易有限公司", "广州市南方快递服务有限公司");

    /** Whether a demo car of this model is battery-electric: no engine oil, spark plugs or gearbox oil for it. */
    public static boolean electric(String model) {
        return MODELS.stream().anyMatch(m -> m.electric() && m.name().equals(model));
    }

    private final CustomerService customers;
    private final Clock clock;

    public CustomersDemoData(CustomerService customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.customers";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        Random random = values.random();
        LocalDate today = LocalDate.now(clock);
        List<CustomerService.NewCustomer> archive = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            boolean company = i < COMPANIES.size();
            String name = company ? COMPANIES.get(i) : values.personName();
            PhoneNumber mobile = values.mobile();
            String address = "广州市" + values.pick(DISTRICTS) + values.pick(STREETS) + (random.nextInt(800) + 1) + "号";
            CustomerInput input = new CustomerInput(company ? CustomerKind.COMPANY : CustomerKind.PERSON, name,
                    mobile.digits(), "", address, "", values.pick(List.of(PreferredContact.values())), random.nextInt(4) > 0,
                    random.nextInt(6) == 0 ? MemberLevel.GOLD : random.nextInt(3) == 0 ? MemberLevel.SILVER : MemberLevel.NONE,
                    "");
            ArchiveRules.CheckedCustomer customer = ArchiveRules.check(input);
            int cars = company ? 3 + random.nextInt(4) : random.nextInt(8) == 0 ? 2 : random.nextInt(20) == 0 ? 0 : 1;
            List<ArchiveRules.CheckedVehicle> vehicles = new ArrayList<>();
            for (int c = 0; c < cars; c++) {
                vehicles.add(ArchiveRules.check(vehicle(values, random, today), today));
            }
            archive.add(new CustomerService.NewCustomer(customer, vehicles));
        }
        // the whole archive in one batch per table, indexed as the services index it
        customers.insertAll(handle, archive, "admin");
    }

    private static VehicleInput vehicle(DemoValues values, Random random, LocalDate today) {
        Model model = values.pick(MODELS);
        // a green new-energy plate for an electric car, a blue one for any other
        PlateNumber plate = values.plate(model.electric());
        LocalDate registered = today.minusDays(200 + random.nextInt(3000));
        int years = Math.max(1, (today.getYear() - registered.getYear()));
        int mileage = years * (8_000 + random.nextInt(12_000));
        LocalDate nextService = today.plusDays(random.nextInt(120) - 30);
        // the card's model year is the one the VIN's tenth character encodes
        int modelYear = registered.getYear();
        return new VehicleInput(values.vin(model.maker(), modelYear).toString(), plate.toString(), null, model.brand(),
                model.name(), Integer.toString(modelYear), engineNumber(random, model.electric()), values.pick(COLORS),
                registered.toString(),
                Integer.toString(mileage), today.plusDays(random.nextInt(365)).toString(), nextService.toString(),
                Integer.toString((mileage / 10_000 + 1) * 10_000));
    }

    /** An engine number, or for an electric car its drive motor's number (BYD's TZ motors). */
    private static String engineNumber(Random random, boolean electric) {
        boolean first = random.nextBoolean();
        StringBuilder engine = new StringBuilder(electric ? "TZ220XYL" : first ? "A25A" : "M20C");
        for (int i = 0; i < 7; i++) {
            engine.append(random.nextInt(10));
        }
        return engine.toString();
    }
}
