package com.fours.workbench.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.PhoneKind;
import com.fours.workbench.core.PhoneNumber;

/**
 * The check of an imported list before anything is written: each row with the same
 * {@link ArchiveRules} as the forms (cells as a spreadsheet gives them: numbers, dates, kinds and
 * levels in the words clerks use), then against the archive (VINs, plates, phones already there),
 * then within the file (the rows of one customer, VINs twice). Collects every refusal and note.
 */
final class ImportCheck {

    private static final int LOOKUP_BATCH = 500;
    private static final Pattern SCIENTIFIC = Pattern.compile("\\s*\\d(\\.\\d+)?[eE][+]?\\d+\\s*");
    private static final Pattern TRAILING_TIME = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Set<ArchiveColumn> NUMBERS_KEPT_AS_TEXT = Set.of(ArchiveColumn.MOBILE,
            ArchiveColumn.OTHER_PHONE, ArchiveColumn.VIN, ArchiveColumn.ENGINE_NUMBER, ArchiveColumn.CREDIT_CODE);
    private static final Set<ArchiveColumn> DATES = Set.of(ArchiveColumn.FIRST_REGISTRATION,
            ArchiveColumn.INSURANCE_EXPIRY, ArchiveColumn.NEXT_SERVICE_DATE);

    private static final Map<String, CustomerKind> KINDS = Map.ofEntries(
            Map.entry("个人", CustomerKind.PERSON), Map.entry("私人", CustomerKind.PERSON),
            Map.entry("自然人", CustomerKind.PERSON), Map.entry("person", CustomerKind.PERSON),
            Map.entry("individual", CustomerKind.PERSON), Map.entry("private", CustomerKind.PERSON),
            Map.entry("单位", CustomerKind.COMPANY), Map.entry("公司", CustomerKind.COMPANY),
            Map.entry("企业", CustomerKind.COMPANY), Map.entry("集团", CustomerKind.COMPANY),
            Map.entry("company", CustomerKind.COMPANY), Map.entry("business", CustomerKind.COMPANY),
            Map.entry("corporate", CustomerKind.COMPANY));
    private static final Map<String, MemberLevel> LEVELS = Map.ofEntries(
            Map.entry("普通", MemberLevel.NONE), Map.entry("普通会员", MemberLevel.NONE), Map.entry("无", MemberLevel.NONE),
            Map.entry("非会员", MemberLevel.NONE), Map.entry("none", MemberLevel.NONE), Map.entry("normal", MemberLevel.NONE),
            Map.entry("银卡", MemberLevel.SILVER), Map.entry("银卡会员", MemberLevel.SILVER), Map.entry("银", MemberLevel.SILVER),
            Map.entry("silver", MemberLevel.SILVER),
            Map.entry("金卡", MemberLevel.GOLD), Map.entry("金卡会员", MemberLevel.GOLD), Map.entry("金", MemberLevel.GOLD),
            Map.entry("gold", MemberLevel.GOLD),
            Map.entry("白金卡", MemberLevel.PLATINUM), Map.entry("白金卡会员", MemberLevel.PLATINUM),
            Map.entry("白金", MemberLevel.PLATINUM), Map.entry("platinum", MemberLevel.PLATINUM));


    /** A row that passed the field checks. */
    static final class RowCheck {
        final ImportFile.SourceRow source;
        final ArchiveRules.CheckedCustomer customer;
        final ArchiveRules.CheckedVehicle vehicle;
        FileCustomer owner;

        RowCheck(ImportFile.SourceRow source, ArchiveRules.CheckedCustomer customer, ArchiveRules.CheckedVehicle vehicle) {
            this.source = source;
            this.customer = customer;
            this.vehicle = vehicle;
        }

        int number() {
            return source.number();
        }
    }

    /** A customer of the file: its first row gives the details; {@code existing} when the archive has them. */
    static final class FileCustomer {
        final int firstRow;
        final ArchiveRules.CheckedCustomer customer;
        final String nameKey;
        ArchiveFileDao.PhoneOwner existing;
        Long ownerId;

        FileCustomer(int firstRow, ArchiveRules.CheckedCustomer customer) {
            this.firstRow = firstRow;
            this.customer = customer;
            this.nameKey = nameKey(customer.name());
        }
    }

    // ---- the check of the whole file

    private final CustomerService customers;
    final ImportHeader header;
    final int total;
    final List<RowCheck> rows;
    final List<ImportReport.Line> rejections = new ArrayList<>();
    final List<ImportReport.Line> notes = new ArrayList<>();
    final Map<String, ArchiveFileDao.VinAndPlate> vinsInArchive = new HashMap<>();
    final Map<String, ArchiveFileDao.VinAndPlate> platesInArchive = new HashMap<>();
    final Map<String, List<ArchiveFileDao.PhoneOwner>> phoneOwners = new HashMap<>();

    ImportCheck(ImportHeader header, int size, CustomerService customers) {
        this.header = header;
        this.customers = customers;
        this.total = size;
        this.rows = new ArrayList<>(size);
    }

    /** The checks a form would make, plus those only a spreadsheet needs. */
    void row(ImportFile.SourceRow source, LocalDate today) {
        Map<ArchiveColumn, BusinessRuleException> refused = new LinkedHashMap<>();
        Map<ArchiveColumn, String> value = new EnumMap<>(ArchiveColumn.class);
        for (ArchiveColumn column : ArchiveColumn.values()) {
            String text = header.value(source, column).strip();
            if (DATES.contains(column)) {
                text = TRAILING_TIME.matcher(text).replaceFirst("");
            }
            if (NUMBERS_KEPT_AS_TEXT.contains(column) && SCIENTIFIC.matcher(text).matches()) {
                refused.put(column, new BusinessRuleException("archive.import.invalid.scientific", text));
                text = "";
            }
            value.put(column, text);
        }
        CustomerKind kind = parse(value, ArchiveColumn.KIND, KINDS, "archive.import.invalid.kind", refused);
        if (kind == null) {
            kind = value.get(ArchiveColumn.CREDIT_CODE).isEmpty() ? CustomerKind.PERSON : CustomerKind.COMPANY;
        }
        MemberLevel level = parse(value, ArchiveColumn.MEMBER_LEVEL, LEVELS, "archive.import.invalid.memberLevel",
                refused);
        String mobile = value.get(ArchiveColumn.MOBILE);
        String other = value.get(ArchiveColumn.OTHER_PHONE);
        if (mobile.isEmpty() && isMobileNumber(other)) {
            // a list with one "电话" column: a mobile number there is the customer's mobile
            mobile = other;
            other = "";
        }
        ArchiveRules.CheckedCustomer customer = null;
        try {
            customer = ArchiveRules.check(new CustomerInput(kind, value.get(ArchiveColumn.NAME), mobile, other,
                    value.get(ArchiveColumn.ADDRESS), value.get(ArchiveColumn.CREDIT_CODE), PreferredContact.PHONE,
                    false, level, value.get(ArchiveColumn.NOTES)));
        } catch (InvalidFieldsException e) {
            e.byField().forEach((field, reason) -> refused.putIfAbsent(ArchiveColumn.forField(field), reason));
        }
        ArchiveRules.CheckedVehicle vehicle = null;
        boolean hasVehicle = value.entrySet().stream().anyMatch(e -> e.getKey().isVehicleColumn() && !e.getValue().isEmpty())
                || refused.keySet().stream().anyMatch(ArchiveColumn::isVehicleColumn);
        if (hasVehicle) {
            try {
                vehicle = ArchiveRules.check(new VehicleInput(value.get(ArchiveColumn.VIN), value.get(ArchiveColumn.PLATE),
                        null, value.get(ArchiveColumn.BRAND), value.get(ArchiveColumn.MODEL),
                        value.get(ArchiveColumn.MODEL_YEAR), value.get(ArchiveColumn.ENGINE_NUMBER),
                        value.get(ArchiveColumn.BODY_COLOR), value.get(ArchiveColumn.FIRST_REGISTRATION),
                        value.get(ArchiveColumn.MILEAGE), value.get(ArchiveColumn.INSURANCE_EXPIRY),
                        value.get(ArchiveColumn.NEXT_SERVICE_DATE), value.get(ArchiveColumn.NEXT_SERVICE_MILEAGE)), today);
            } catch (InvalidFieldsException e) {
                e.byField().forEach((field, reason) -> refused.putIfAbsent(ArchiveColumn.forField(field), reason));
            }
        }
        if (refused.isEmpty()) {
            rows.add(new RowCheck(source, customer, vehicle));
        } else {
            refused.forEach((column, reason) -> rejections.add(line(ImportReport.Severity.REJECTED, source, column,
                    reason)));
        }
    }

    private <T> T parse(Map<ArchiveColumn, String> value, ArchiveColumn column, Map<String, T> known, String key,
                        Map<ArchiveColumn, BusinessRuleException> refused) {
        String text = value.get(column);
        if (text.isEmpty()) {
            return null;
        }
        T found = known.get(text.toLowerCase(Locale.ROOT).replaceAll("\\s", ""));
        if (found == null) {
            refused.putIfAbsent(column, new BusinessRuleException(key, text));
        }
        return found;
    }

    /** One query per batch of VINs, plates and phones, however long the file. */
    void againstTheArchive(ArchiveFileDao dao) {
        Set<String> vins = new LinkedHashSet<>();
        Set<String> plates = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        for (RowCheck row : rows) {
            if (row.vehicle != null) {
                vins.add(row.vehicle.vin().toString());
                if (row.vehicle.plate() != null) {
                    plates.add(row.vehicle.plate().toString());
                }
            }
            if (row.customer.mobile() != null) {
                phones.add(PhoneColumn.of(row.customer.mobile()));
            }
            if (row.customer.otherPhone() != null) {
                phones.add(PhoneColumn.of(row.customer.otherPhone()));
            }
        }
        inBatches(vins, dao::withVins).forEach(v -> vinsInArchive.put(v.vin(), v));
        inBatches(plates, dao::withPlates).forEach(v -> platesInArchive.putIfAbsent(v.plate(), v));
        List<ArchiveFileDao.PhoneOwner> owners = new ArrayList<>(inBatches(phones, dao::withMobiles));
        owners.addAll(inBatches(phones, dao::withOtherPhones));
        for (ArchiveFileDao.PhoneOwner owner : owners) {
            for (String phone : new String[] {owner.mobile(), owner.otherPhone()}) {
                if (phone != null && phones.contains(phone)) {
                    List<ArchiveFileDao.PhoneOwner> list = phoneOwners.computeIfAbsent(phone, p -> new ArrayList<>());
                    if (list.stream().noneMatch(o -> o.id() == owner.id())) {
                        list.add(owner);
                    }
                }
            }
        }
    }

    /** Groups rows into customers, finds VINs and plates twice, and customers the archive already has. */
    void withinTheFile() {
        Map<String, FileCustomer> customersByKey = new HashMap<>();
        Map<String, Integer> vinRows = new HashMap<>();
        Map<String, Integer> plateRows = new HashMap<>();
        List<RowCheck> accepted = new ArrayList<>(rows.size());
        for (RowCheck row : rows) {
            boolean ok = true;
            ArchiveRules.CheckedCustomer c = row.customer;
            String key = c.mobile() != null ? "m" + PhoneColumn.of(c.mobile())
                    : "n" + nameKey(c.name()) + "|" + PhoneColumn.of(c.otherPhone());
            FileCustomer owner = customersByKey.get(key);
            if (owner != null && !owner.nameKey.equals(nameKey(c.name()))) {
                reject(row, ArchiveColumn.MOBILE, new BusinessRuleException("archive.import.invalid.mobileOfOtherName",
                        String.valueOf(owner.firstRow), owner.customer.name()));
                ok = false;
            }
            if (row.vehicle != null) {
                String vin = row.vehicle.vin().toString();
                ArchiveFileDao.VinAndPlate inArchive = vinsInArchive.get(vin);
                Integer firstRow = vinRows.putIfAbsent(vin, row.number());
                if (inArchive != null) {
                    reject(row, ArchiveColumn.VIN, new BusinessRuleException("vehicle.invalid.vinExists",
                            inArchive.plate() == null ? inArchive.vin() : inArchive.plate()));
                    ok = false;
                } else if (firstRow != null) {
                    reject(row, ArchiveColumn.VIN, new BusinessRuleException("archive.import.invalid.vinTwiceInFile",
                            String.valueOf(firstRow)));
                    ok = false;
                }
                if (row.vehicle.plate() != null) {
                    String plate = row.vehicle.plate().toString();
                    Integer plateRow = plateRows.putIfAbsent(plate, row.number());
                    ArchiveFileDao.VinAndPlate plateInArchive = platesInArchive.get(plate);
                    if (plateInArchive != null) {
                        note(ImportReport.Severity.WARNING, row, ArchiveColumn.PLATE, new BusinessRuleException(
                                "archive.import.warning.plateInArchive", plateInArchive.vin()));
                    } else if (plateRow != null) {
                        note(ImportReport.Severity.WARNING, row, ArchiveColumn.PLATE, new BusinessRuleException(
                                "archive.import.warning.plateTwiceInFile", String.valueOf(plateRow)));
                    }
                }
            }
            if (!ok) {
                continue;
            }
            if (owner == null) {
                owner = new FileCustomer(row.number(), c);
                customersByKey.put(key, owner);
                if (!findInArchive(row, owner)) {
                    continue;
                }
            }
            row.owner = owner;
            accepted.add(row);
            if (owner.existing != null) {
                ArchiveColumn column = c.mobile() != null ? ArchiveColumn.MOBILE : ArchiveColumn.OTHER_PHONE;
                String phone = customers.phoneForDisplay(PhoneNumber.parse(owner.existing.mobile() != null
                        ? owner.existing.mobile() : owner.existing.otherPhone()));
                note(ImportReport.Severity.EXISTING_CUSTOMER, row, column, new BusinessRuleException(
                        row.vehicle != null ? "archive.import.existing.vehicleAdded" : "archive.import.existing.nothingNew",
                        owner.existing.name(), phone));
            }
        }
        rows.clear();
        rows.addAll(accepted);
    }

    /** False (and the row refused) when the phones lead to more than one customer of the archive. */
    private boolean findInArchive(RowCheck row, FileCustomer owner) {
        Map<Long, ArchiveFileDao.PhoneOwner> matches = new LinkedHashMap<>();
        for (PhoneNumber phone : new PhoneNumber[] {owner.customer.mobile(), owner.customer.otherPhone()}) {
            if (phone == null) {
                continue;
            }
            for (ArchiveFileDao.PhoneOwner candidate : phoneOwners.getOrDefault(PhoneColumn.of(phone), List.of())) {
                if (phone.kind() == PhoneKind.MOBILE || nameKey(candidate.name()).equals(owner.nameKey)) {
                    matches.putIfAbsent(candidate.id(), candidate);
                }
            }
        }
        if (matches.size() > 1) {
            reject(row, owner.customer.mobile() != null ? ArchiveColumn.MOBILE : ArchiveColumn.OTHER_PHONE,
                    new BusinessRuleException("archive.import.invalid.phoneOfSeveralCustomers",
                            String.join("、", matches.values().stream().map(ArchiveFileDao.PhoneOwner::name).toList())));
            return false;
        }
        owner.existing = matches.values().stream().findFirst().orElse(null);
        return true;
    }

    void reject(RowCheck row, BusinessRuleException reason) {
        if (reason instanceof InvalidFieldsException fields) {
            fields.byField().forEach((field, r) -> reject(row, ArchiveColumn.forField(field), r));
        } else {
            reject(row, ArchiveColumn.VIN, reason);
        }
    }

    private void reject(RowCheck row, ArchiveColumn column, BusinessRuleException reason) {
        rejections.add(line(ImportReport.Severity.REJECTED, row.source, column, reason));
    }

    private void note(ImportReport.Severity severity, RowCheck row, ArchiveColumn column, BusinessRuleException reason) {
        notes.add(line(severity, row.source, column, reason));
    }

    private ImportReport.Line line(ImportReport.Severity severity, ImportFile.SourceRow source, ArchiveColumn column,
                                   BusinessRuleException reason) {
        return new ImportReport.Line(severity, source.number(), column, header.text(column), header.index(column),
                header.value(source, column), reason);
    }

    ImportReport report(String fileName, int customersCreated, int vehiclesCreated, int forExisting) {
        List<ImportReport.Line> lines = new ArrayList<>(rejections);
        if (rejections.isEmpty()) {
            lines.addAll(notes);
        }
        lines.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                : Integer.compare(a.column().ordinal(), b.column().ordinal()));
        int existing = rejections.isEmpty()
                ? (int) rows.stream().map(r -> r.owner).distinct().filter(o -> o.existing != null).count() : 0;
        return new ImportReport(fileName, total, customersCreated, vehiclesCreated, forExisting, existing, lines,
                header.ignored());
    }

    private static <T> List<T> inBatches(Collection<String> values, Function<List<String>, List<T>> query) {
        List<String> all = new ArrayList<>(values);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += LOOKUP_BATCH) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + LOOKUP_BATCH))));
        }
        return found;
    }

    private static boolean isMobileNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        try {
            return PhoneNumber.parse(text).kind() == PhoneKind.MOBILE;
        } catch (BusinessRuleException notAPhone) {
            return false;
        }
    }

    /** Names compared as a clerk would: "张 伟" and "张伟" are the same person. */
    static String nameKey(String name) {
        return name == null ? "" : name.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }
}
