package com.fours.workbench.customers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.UnifiedSocialCreditCode;
import com.fours.workbench.core.VinManufacturer;
import com.fours.workbench.db.Database;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.demo.DemoValues;
import com.fours.workbench.security.Role;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Fills an embedded H2 file database with a large archive for the search benchmark: N customers and
 * M vehicles of a busy Guangzhou Toyota store (most customers one car, some two or three, company
 * fleets), with the fragment index exactly as {@link SearchIndex} writes it ({@link SearchIndex#text}).
 *
 * <p>Rows go in through JDBC batches in large transactions with their ids given, not through the
 * services (which would index each row on its own); the grams are gathered in memory and written
 * sorted by (gram, entry), with the entry index built once at the end.
 *
 * <pre>
 * java -cp ... com.fours.workbench.customers.ArchiveGenerator --vehicles=150000 [--customers=100000]
 *      [--dir=target/bench-archive/150000] [--seed=20260301] [--fresh]
 * </pre>
 * An archive already generated with the same figures is kept unless {@code --fresh}. The store is set
 * up with its administrator ({@link TestWorkbench#ADMIN}) and a service advisor {@value #ADVISOR}
 * (password {@value #ADVISOR_PASSWORD}) who may search.
 */
public final class ArchiveGenerator {

    public static final String DATABASE_NAME = "workbench";
    public static final String ADVISOR = "advisor";
    public static final String ADVISOR_PASSWORD = "Start2026";
    static final String MARKER = "generated.properties";

    private static final Logger log = LoggerFactory.getLogger(ArchiveGenerator.class);

    private static final int CUSTOMERS_PER_TRANSACTION = 20_000;
    private static final int GRAMS_PER_TRANSACTION = 500_000;
    private static final int BATCH = 5_000;
    private static final Instant FIRST_RECORD = Instant.parse("2017-03-01T01:00:00Z");
    private static final Instant LAST_RECORD = Instant.parse("2026-02-27T09:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private record Model(VinManufacturer maker, String brand, String name, boolean electric, int weight) {
    }

    /** A Toyota store's archive: mostly its own makes, then what customers trade in or bring for service. */
    private static final List<Model> MODELS = List.of(
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "凯美瑞", false, 12),
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "雷凌", false, 9),
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "汉兰达", false, 6),
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "致炫", false, 4),
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "威兰达", false, 4),
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "赛那", false, 2),
            new Model(VinManufacturer.GAC_TOYOTA, "广汽丰田", "bZ4X", true, 1),
            new Model(VinManufacturer.FAW_TOYOTA, "一汽丰田", "卡罗拉", false, 8),
            new Model(VinManufacturer.FAW_TOYOTA, "一汽丰田", "RAV4荣放", false, 5),
            new Model(VinManufacturer.FAW_TOYOTA, "一汽丰田", "亚洲龙", false, 3),
            new Model(VinManufacturer.FAW_TOYOTA, "一汽丰田", "皇冠陆放", false, 1),
            new Model(VinManufacturer.GAC_HONDA, "广汽本田", "雅阁", false, 4),
            new Model(VinManufacturer.GAC_HONDA, "广汽本田", "飞度", false, 2),
            new Model(VinManufacturer.DONGFENG_HONDA, "东风本田", "思域", false, 2),
            new Model(VinManufacturer.DONGFENG_HONDA, "东风本田", "CR-V", false, 2),
            new Model(VinManufacturer.FAW_VOLKSWAGEN, "一汽-大众", "迈腾", false, 3),
            new Model(VinManufacturer.FAW_VOLKSWAGEN, "一汽-大众", "速腾", false, 2),
            new Model(VinManufacturer.SAIC_VOLKSWAGEN, "上汽大众", "帕萨特", false, 2),
            new Model(VinManufacturer.SAIC_VOLKSWAGEN, "上汽大众", "朗逸", false, 3),
            new Model(VinManufacturer.BMW_BRILLIANCE, "华晨宝马", "5系", false, 2),
            new Model(VinManufacturer.BMW_BRILLIANCE, "华晨宝马", "X3", false, 1),
            new Model(VinManufacturer.BEIJING_BENZ, "北京奔驰", "C级", false, 2),
            new Model(VinManufacturer.BEIJING_BENZ, "北京奔驰", "GLC", false, 1),
            new Model(VinManufacturer.DONGFENG_NISSAN, "东风日产", "轩逸", false, 4),
            new Model(VinManufacturer.SAIC_GM, "上汽通用别克", "GL8", false, 3),
            new Model(VinManufacturer.CHANGAN_FORD, "长安福特", "蒙迪欧", false, 2),
            new Model(VinManufacturer.TESLA_SHANGHAI, "特斯拉", "Model Y", true, 3),
            new Model(VinManufacturer.TESLA_SHANGHAI, "特斯拉", "Model 3", true, 2),
            new Model(VinManufacturer.BYD, "比亚迪", "汉EV", true, 3),
            new Model(VinManufacturer.BYD, "比亚迪", "秦PLUS DM-i", true, 3),
            new Model(VinManufacturer.BMW, "宝马", "X5", false, 1),
            new Model(VinManufacturer.MERCEDES_BENZ, "梅赛德斯-奔驰", "S级", false, 1),
            new Model(VinManufacturer.VOLKSWAGEN, "大众", "途锐", false, 1),
            new Model(VinManufacturer.TOYOTA, "丰田", "埃尔法", false, 1));
    private static final int MODEL_WEIGHTS = MODELS.stream().mapToInt(Model::weight).sum();

    /** Issuing offices by share: 广州 A, 深圳 B, 佛山 E, 东莞 S, then the rest of the province and neighbours. */
    private static final String[] OFFICES = {"粤A", "粤B", "粤E", "粤S", "粤C", "粤T", "粤H", "粤Y", "湘A", "桂A", "赣B"};
    private static final int[] OFFICE_WEIGHTS = {46, 19, 14, 13, 2, 2, 1, 1, 1, 1, 0};
    private static final String SERIAL_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final List<String> CITIES = List.of("广州", "广州市", "深圳", "佛山", "东莞");
    private static final List<String> FIRMS = List.of("骏达", "恒通", "华美", "南方", "粤运", "广源", "鸿福", "信达", "金盛",
            "嘉禾", "顺昌", "宏图", "天力", "联兴", "白云", "珠江", "新世纪", "汇丰");
    private static final List<String> TRADES = List.of("物流有限公司", "租车有限公司", "建材贸易有限公司",
            "快递服务有限公司", "出租汽车有限公司", "汽车服务有限公司", "电子科技有限公司", "食品有限公司");
    private static final List<String> DISTRICTS = List.of("天河区", "越秀区", "海珠区", "番禺区", "白云区", "黄埔区",
            "荔湾区", "花都区");
    private static final List<String> STREETS = List.of("体育西路", "中山大道", "黄埔大道西", "江南大道中", "广州大道北",
            "天河北路", "番禺大道", "工业大道", "广园中路");
    private static final List<String> COLORS = List.of("珍珠白", "曜石黑", "铂金银", "星光蓝", "魅影红", "琥珀金", "钛金灰");

    private final Path folder;
    private final int customers;
    private final int vehicles;
    private final long seed;
    private final DemoValues values;
    private final Random random;
    private final Set<String> vins = new HashSet<>();
    private final Set<String> plates = new HashSet<>();
    private final Map<String, String> initials = new HashMap<>();
    /** gram → the entries holding it, ascending (entries are made in id order). */
    private final Map<String, IntList> grams = new HashMap<>();
    private long entries;
    private long gramRows;

    public ArchiveGenerator(Path folder, int customers, int vehicles, long seed) {
        if (customers < 1 || vehicles < 0) {
            throw new IllegalArgumentException("customers must be at least 1 and vehicles not negative");
        }
        this.folder = folder;
        this.customers = customers;
        this.vehicles = vehicles;
        this.seed = seed;
        this.values = new DemoValues(seed);
        this.random = values.random();
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        int vehicles = Integer.parseInt(options.getOrDefault("vehicles", "150000"));
        int customers = Integer.parseInt(options.getOrDefault("customers", String.valueOf(customersFor(vehicles))));
        Path folder = Path.of(options.getOrDefault("dir", "target/bench-archive/" + vehicles));
        long seed = Long.parseLong(options.getOrDefault("seed", "20260301"));
        ArchiveGenerator generator = new ArchiveGenerator(folder, customers, vehicles, seed);
        if (!options.containsKey("fresh") && generator.alreadyGenerated()) {
            log.info("Archive in {} already holds {} customers and {} vehicles; kept (--fresh makes it anew)", folder,
                    customers, vehicles);
            return;
        }
        generator.generate();
    }

    /** About two customers for every three vehicles, as in the issue: 150,000 vehicles → 100,000 customers. */
    public static int customersFor(int vehicles) {
        return (int) Math.round(vehicles / 1.5);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
            int eq = arg.indexOf('=');
            options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        return options;
    }

    public static DatabaseSettings settings(Path folder) {
        return DatabaseSettings.embedded(folder, DATABASE_NAME);
    }

    boolean alreadyGenerated() {
        Path marker = folder.resolve(MARKER);
        if (!Files.exists(marker) || !Files.exists(folder.resolve(DATABASE_NAME + ".mv.db"))) {
            return false;
        }
        Properties done = read(marker);
        return String.valueOf(customers).equals(done.getProperty("customers"))
                && String.valueOf(vehicles).equals(done.getProperty("vehicles"))
                && String.valueOf(seed).equals(done.getProperty("seed"));
    }

    /** Deletes any earlier archive in the folder and generates a new one. */
    public void generate() {
        long started = System.nanoTime();
        deleteEarlier();
        Clock clock = Clock.fixed(LAST_RECORD, SHANGHAI);
        int[] cars = carsPerCustomer();
        log.info("Generating {} customers and {} vehicles into {}", customers, vehicles, folder.toAbsolutePath());
        Database database = Database.open(settings(folder));
        try (AppServices services = new AppServices(database, false, folder, clock)) {
            setUpStore(services);
            rows(database, cars);
            long rowsDone = System.nanoTime();
            log.info("Customers, vehicles and {} entries written in {} s; {} distinct grams, {} gram rows", entries,
                    String.format("%.1f", seconds(rowsDone - started)), grams.size(), gramRows);
            gramTable(database);
            database.transactions().useTransaction(handle -> {
                restartIdentity(handle, "customer", customers);
                restartIdentity(handle, "vehicle", vehicles);
                restartIdentity(handle, "vehicle_ownership", vehicles);
                restartIdentity(handle, "mileage_reading", vehicles);
                restartIdentity(handle, "search_entry", entries);
                handle.execute("ANALYZE");
            });
        }
        double took = seconds(System.nanoTime() - started);
        long bytes = size(folder.resolve(DATABASE_NAME + ".mv.db"));
        Properties done = new Properties();
        done.setProperty("customers", String.valueOf(customers));
        done.setProperty("vehicles", String.valueOf(vehicles));
        done.setProperty("seed", String.valueOf(seed));
        done.setProperty("entries", String.valueOf(entries));
        done.setProperty("gramRows", String.valueOf(gramRows));
        done.setProperty("distinctGrams", String.valueOf(grams.size()));
        done.setProperty("seconds", String.format("%.1f", took));
        done.setProperty("bytes", String.valueOf(bytes));
        write(folder.resolve(MARKER), done);
        log.info("Archive of {} customers, {} vehicles ({} entries, {} gram rows) generated in {} s; database {} MB",
                customers, vehicles, entries, gramRows, String.format("%.1f", took),
                String.format("%.0f", bytes / 1e6));
    }

    private void deleteEarlier() {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(DATABASE_NAME + ".") || name.equals(MARKER)) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setUpStore(AppServices services) {
        services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
        TestWorkbench.addUser(services, ADVISOR, ADVISOR_PASSWORD, Role.SERVICE_ADVISOR);
    }

    /**
     * How many vehicles each customer has: companies (1.5%) run fleets of 2 to 120, a person has
     * none (6%), one (70%), two (20%) or three; then persons are evened out to exactly M vehicles.
     */
    private int[] carsPerCustomer() {
        int[] cars = new int[customers];
        long total = 0;
        for (int i = 0; i < customers; i++) {
            if (isCompany(i)) {
                int size = random.nextInt(10);
                cars[i] = size < 6 ? 2 + random.nextInt(4) : size < 9 ? 6 + random.nextInt(15) : 21 + random.nextInt(100);
            } else {
                int p = random.nextInt(100);
                cars[i] = p < 6 ? 0 : p < 76 ? 1 : p < 96 ? 2 : 3;
            }
            total += cars[i];
        }
        while (total != vehicles) {
            int i = random.nextInt(customers);
            if (isCompany(i)) {
                continue;
            }
            if (total < vehicles && cars[i] >= 1 && cars[i] < 3) {
                cars[i]++;
                total++;
            } else if (total > vehicles && cars[i] > (total - vehicles > customers / 2 ? 0 : 1)) {
                cars[i]--;
                total--;
            }
        }
        return cars;
    }

    /** Every 67th customer is a company: about 1.5%. */
    private static boolean isCompany(int index) {
        return index % 67 == 3;
    }

    private void rows(Database database, int[] cars) {
        long started = System.nanoTime();
        long vehicleId = 0;
        for (int start = 0; start < customers; start += CUSTOMERS_PER_TRANSACTION) {
            int from = start;
            int to = Math.min(customers, from + CUSTOMERS_PER_TRANSACTION);
            long firstVehicle = vehicleId;
            database.transactions().useTransaction(handle -> chunk(handle, cars, from, to, firstVehicle));
            for (int i = from; i < to; i++) {
                vehicleId += cars[i];
            }
            double s = seconds(System.nanoTime() - started);
            log.info("{} / {} customers, {} / {} vehicles, {} entries in {} s ({} entries/s)", to, customers, vehicleId,
                    vehicles, entries, String.format("%.1f", s), String.format("%.0f", entries / Math.max(s, 0.001)));
        }
    }

    private void chunk(Handle handle, int[] cars, int from, int to, long firstVehicle) {
        Batch customerRows = new Batch(handle, """
                INSERT INTO customer (id, kind, name, mobile, other_phone, address, credit_code, preferred_contact,
                                      contact_consent, consent_at, member_level, notes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)""");
        Batch vehicleRows = new Batch(handle, """
                INSERT INTO vehicle (id, vin, plate, plate_color, brand, model, model_year, engine_number, body_color,
                                     first_registration, mileage, insurance_expiry, next_service_date,
                                     next_service_mileage, owner_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        vehicleRows.after(customerRows);
        Batch ownershipRows = new Batch(handle,
                "INSERT INTO vehicle_ownership (id, vehicle_id, customer_id, from_at) VALUES (?, ?, ?, ?)");
        ownershipRows.after(vehicleRows);
        Batch readingRows = new Batch(handle, """
                INSERT INTO mileage_reading (id, vehicle_id, mileage, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)""");
        readingRows.after(vehicleRows);
        Batch entryRows = new Batch(handle,
                "INSERT INTO search_entry (id, customer_id, vehicle_id, haystack) VALUES (?, ?, ?, ?)");
        entryRows.after(vehicleRows);
        long vehicleId = firstVehicle;
        for (int i = from; i < to; i++) {
            long customerId = i + 1L;
            Instant created = createdAt(i, customers);
            boolean company = isCompany(i);
            String name = company ? values.pick(CITIES) + values.pick(FIRMS) + values.pick(TRADES) : values.personName();
            String mobile = PhoneColumn.of(values.mobile());
            String otherPhone = company || random.nextInt(12) == 0 ? landline() : null;
            boolean consent = random.nextInt(4) > 0;
            int level = random.nextInt(100);
            customerRows.add(customerId, company ? "COMPANY" : "PERSON", name, mobile, otherPhone,
                    random.nextInt(5) == 0 ? null
                            : "广州市" + values.pick(DISTRICTS) + values.pick(STREETS) + (random.nextInt(900) + 1) + "号",
                    company ? creditCode() : null, PreferredContact.values()[random.nextInt(3)].name(), consent,
                    consent ? created : null,
                    (level < 3 ? MemberLevel.PLATINUM : level < 12 ? MemberLevel.GOLD : level < 35 ? MemberLevel.SILVER
                            : MemberLevel.NONE).name(), created);
            if (cars[i] == 0) {
                entry(entryRows, customerId, null, null, null, name, mobile, otherPhone);
            }
            for (int c = 0; c < cars[i]; c++) {
                vehicleId++;
                Model model = model();
                String vin = vin(model.maker());
                String plate = random.nextInt(70) == 0 ? null : plate(model.electric());
                LocalDate registered = LocalDate.ofInstant(created, SHANGHAI).minusDays(random.nextInt(1500));
                Instant since = created.plus(Duration.ofMinutes(c * 7L));
                int years = Math.max(1, LAST_RECORD.atZone(SHANGHAI).getYear() - registered.getYear());
                int mileage = years * (6_000 + random.nextInt(16_000));
                LocalDate today = LocalDate.ofInstant(LAST_RECORD, SHANGHAI);
                vehicleRows.add(vehicleId, vin, plate,
                        plate == null ? null : PlateNumber.parse(plate).suggestedColor().name(), model.brand(),
                        model.name(), registered.getYear(), engineNumber(), values.pick(COLORS), registered, mileage,
                        today.plusDays(random.nextInt(365)), today.plusDays(random.nextInt(150) - 30),
                        (mileage / 10_000 + 1) * 10_000, customerId, since);
                ownershipRows.add(vehicleId, vehicleId, customerId, since);
                readingRows.add(vehicleId, vehicleId, mileage, since, TestWorkbench.ADMIN);
                entry(entryRows, customerId, vehicleId, plate, vin, name, mobile, otherPhone);
            }
        }
        customerRows.flush();
        vehicleRows.flush();
        ownershipRows.flush();
        readingRows.flush();
        entryRows.flush();
    }

    private void entry(Batch entryRows, long customerId, Long vehicleId, String plate, String vin, String name,
                       String mobile, String otherPhone) {
        long id = ++entries;
        SearchIndex.Text text = SearchIndex.text(plate, vin, name, mobile, otherPhone);
        entryRows.add(id, customerId, vehicleId, text.haystack());
        for (String gram : text.grams()) {
            grams.computeIfAbsent(gram, g -> new IntList()).add((int) id);
            gramRows++;
        }
    }

    /** The gram table in (gram, entry) order, the primary key's; its entry index is built afterwards in one go. */
    private void gramTable(Database database) {
        long started = System.nanoTime();
        List<String> sorted = new ArrayList<>(grams.keySet());
        sorted.sort(Comparator.naturalOrder());
        database.transactions().useTransaction(handle -> handle.execute("DROP INDEX search_gram_entry"));
        long written = 0;
        int next = 0;
        while (next < sorted.size()) {
            int from = next;
            long rows = 0;
            while (next < sorted.size() && (rows == 0 || rows + grams.get(sorted.get(next)).size() <= GRAMS_PER_TRANSACTION)) {
                rows += grams.get(sorted.get(next)).size();
                next++;
            }
            int to = next;
            database.transactions().useTransaction(handle -> {
                Batch gramRows = new Batch(handle, "INSERT INTO search_gram (gram, entry_id) VALUES (?, ?)");
                for (String gram : sorted.subList(from, to)) {
                    IntList ids = grams.get(gram);
                    for (int k = 0; k < ids.size(); k++) {
                        gramRows.add(gram, (long) ids.get(k));
                    }
                }
                gramRows.flush();
            });
            written += rows;
            double s = seconds(System.nanoTime() - started);
            log.info("{} / {} gram rows in {} s ({} rows/s)", written, gramRows, String.format("%.1f", s),
                    String.format("%.0f", written / Math.max(s, 0.001)));
        }
        long indexStarted = System.nanoTime();
        database.transactions().useTransaction(handle ->
                handle.execute("CREATE INDEX search_gram_entry ON search_gram (entry_id)"));
        log.info("Index search_gram_entry built in {} s", String.format("%.1f", seconds(System.nanoTime() - indexStarted)));
    }

    private static void restartIdentity(Handle handle, String table, long last) {
        handle.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (last + 1));
    }

    private static Instant createdAt(int index, int of) {
        long span = Duration.between(FIRST_RECORD, LAST_RECORD).getSeconds();
        return FIRST_RECORD.plusSeconds(span * index / Math.max(1, of));
    }

    private Model model() {
        int pick = random.nextInt(MODEL_WEIGHTS);
        for (Model model : MODELS) {
            pick -= model.weight();
            if (pick < 0) {
                return model;
            }
        }
        throw new IllegalStateException();
    }

    private String vin(VinManufacturer maker) {
        while (true) {
            String vin = values.vin(maker).toString();
            if (vins.add(vin)) {
                return vin;
            }
        }
    }

    /**
     * A plate as the traffic police issue them here: 粤A/粤B/粤E/粤S for most, green new-energy plates
     * (D pure electric, F hybrid, then five digits) for every electric car and one in eight of the rest.
     */
    private String plate(boolean electric) {
        while (true) {
            int pick = random.nextInt(Arrays.stream(OFFICE_WEIGHTS).sum());
            int office = 0;
            while (pick >= OFFICE_WEIGHTS[office]) {
                pick -= OFFICE_WEIGHTS[office];
                office++;
            }
            StringBuilder plate = new StringBuilder(OFFICES[office]);
            if (electric || random.nextInt(8) == 0) {
                plate.append(electric && random.nextInt(4) > 0 ? 'D' : random.nextBoolean() ? 'D' : 'F');
                for (int i = 0; i < 5; i++) {
                    plate.append(random.nextInt(10));
                }
            } else {
                for (int i = 0; i < 5; i++) {
                    plate.append(i < 2 && random.nextInt(3) == 0
                            ? SERIAL_LETTERS.charAt(random.nextInt(SERIAL_LETTERS.length()))
                            : (char) ('0' + random.nextInt(10)));
                }
            }
            String compact = PlateNumber.parse(plate.toString()).toString();
            if (plates.add(compact)) {
                return compact;
            }
        }
    }

    /** A Guangzhou landline: 020 and eight digits not starting with 0 or 1. */
    private String landline() {
        StringBuilder digits = new StringBuilder("020").append(2 + random.nextInt(7));
        for (int i = 0; i < 7; i++) {
            digits.append(random.nextInt(10));
        }
        return PhoneColumn.of(PhoneNumber.parse(digits.toString()));
    }

    private String creditCode() {
        StringBuilder code = new StringBuilder("91440101");
        for (int i = 0; i < 9; i++) {
            code.append(CREDIT_CODE_CHARS.charAt(random.nextInt(CREDIT_CODE_CHARS.length())));
        }
        return code.toString() + UnifiedSocialCreditCode.computeCheckCharacter(code.toString());
    }

    private String engineNumber() {
        StringBuilder engine = new StringBuilder(random.nextBoolean() ? "A25A" : "M20C");
        for (int i = 0; i < 7; i++) {
            engine.append(random.nextInt(10));
        }
        return engine.toString();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties read(Path file) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static void write(Path file, Properties properties) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDBC batch that sends itself every {@value #BATCH} rows, after the batches its rows refer to. */
    private static final class Batch {
        private final Handle handle;
        private final String sql;
        private final List<Batch> before = new ArrayList<>();
        private PreparedBatch batch;
        private int pending;

        void after(Batch referenced) {
            before.add(referenced);
        }

        Batch(Handle handle, String sql) {
            this.handle = handle;
            this.sql = sql;
        }

        void add(Object... columns) {
            if (batch == null) {
                batch = handle.prepareBatch(sql);
            }
            for (int i = 0; i < columns.length; i++) {
                batch.bindByType(i, columns[i], columns[i] == null ? Object.class : columns[i].getClass());
            }
            batch.add();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() {
            before.forEach(Batch::flush);
            if (batch != null) {
                if (pending > 0) {
                    batch.execute();
                }
                batch.close();
            }
            batch = null;
            pending = 0;
        }
    }

    /** A growable int array: 40 million boxed Integers would not fit. */
    private static final class IntList {
        private int[] items = new int[8];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int get(int index) {
            return items[index];
        }

        int size() {
            return size;
        }
    }
}
