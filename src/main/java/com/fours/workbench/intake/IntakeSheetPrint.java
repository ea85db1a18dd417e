package com.fours.workbench.intake;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.CustomerService;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The printed intake sheet ({@code reports/intake_sheet.jrxml}): one A4 page in Chinese, whatever
 * the advisor's screen language, since it is the customer's copy (decision 0030). The diagram and
 * the QR code of the repair-order number are drawn here and passed in as images.
 */
public final class IntakeSheetPrint {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String REPORT_NAME = "intake_sheet";
    /** Pixels of the diagram image: about 250 pt wide on paper, so some 230 dpi. */
    private static final int DIAGRAM_PIXELS = 800;

    private final IntakeService intakes;
    private final ReportEngine engine;
    private final StoreProfileService stores;
    private final CustomerService customers;
    private final Clock clock;

    public IntakeSheetPrint(IntakeService intakes, ReportEngine engine, StoreProfileService stores,
                            CustomerService customers, Clock clock) {
        this.intakes = intakes;
        this.engine = engine;
        this.stores = stores;
        this.customers = customers;
        this.clock = clock;
    }

    /** Fills the sheet of a saved intake; slow the first time in a JVM, so call it off the UI thread. */
    public RenderedReport render(long intakeId) {
        IntakeSheet sheet = intakes.sheet(intakeId);
        StoreProfile store = stores.find().orElse(null);
        String phone = customers.phoneForDisplay(sheet.customer().phone().orElse(null));
        Map<String, Object> parameters = parameters(Messages.forLocale(Messages.CHINESE), sheet, store, phone,
                clock.getZone(), FORMATS.dateTime(clock.instant(), clock.getZone()));
        return engine.render(REPORT_NAME, (String) parameters.get("TITLE") + " " + sheet.repairOrder().number(),
                parameters, photoRows(sheet, clock.getZone()));
    }

    /** A photo on the pages after the sheet: the full image kept at reception and its caption. */
    public record PhotoRow(byte[] image, String caption) {
    }

    private List<PhotoRow> photoRows(IntakeSheet sheet, ZoneId zone) {
        return sheet.photos().stream().map(photo -> new PhotoRow(intakes.photo(photo.id()),
                photo.fileName() + " · " + FORMATS.dateTime(photo.addedAt(), zone))).toList();
    }

    static Map<String, Object> parameters(Messages m, IntakeSheet sheet, StoreProfile store, String phone, ZoneId zone,
                                          String printedAt) {
        Intake intake = sheet.intake();
        Vehicle vehicle = sheet.vehicle();
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("STORE_NAME", store == null ? "" : store.name());
        p.put("STORE_LINE", store == null ? "" : m.get("intake.print.storeLine", store.address(), store.phone()));
        p.put("TITLE", m.get("intake.print.title"));
        p.put("RO_NUMBER", sheet.repairOrder().number());
        p.put("QR_CODE", QrCodes.of(sheet.repairOrder().number(), 8));
        p.put("RECEIVED_AT", FORMATS.dateTime(intake.receivedAt(), zone));
        p.put("ADVISOR", sheet.advisorName());
        p.put("CUSTOMER", sheet.customer().name());
        p.put("PHONE", phone);
        p.put("APPROVAL_CONTACT", intake.approvalContact());
        String plate = vehicle.plate() == null ? m.get("intake.print.noPlate") : vehicle.plate().display();
        p.put("PLATE", vehicle.plateColor() == null ? plate : plate + "（" + m.of(vehicle.plateColor()) + "）");
        p.put("VEHICLE", join(" ", vehicle.brand(), vehicle.model(), vehicle.modelYear() == null ? null
                : String.valueOf(vehicle.modelYear())));
        p.put("BODY_COLOR", vehicle.bodyColor() == null ? "" : vehicle.bodyColor());
        p.put("VIN", vehicle.vin().toString());
        p.put("MILEAGE", m.get("intake.print.km", intake.mileage()));
        p.put("FUEL", m.of(intake.fuelLevel()));
        p.put("COMPLAINT", intake.complaint());
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < intake.requestedItems().size(); i++) {
            items.append(i + 1).append(". ").append(intake.requestedItems().get(i)).append('\n');
        }
        p.put("ITEMS", items.toString().strip());
        p.put("VALUABLES", intake.valuables().isEmpty() ? m.get("intake.print.none") : intake.valuables());
        p.put("ESTIMATE", intake.estimate().map(e -> e.format(m.locale())).orElse(m.get("intake.print.notEstimated")));
        p.put("PROMISED", intake.promised().map(t -> FORMATS.dateTime(t, zone)).orElse(m.get("intake.print.notPromised")));
        p.put("OLD_PARTS", m.of(intake.oldParts()));
        p.put("WAITS", m.get(intake.customerWaits() ? "intake.print.waits" : "intake.print.leaves"));
        p.put("NOTES", intake.notes());
        p.put("KEYS_AND_DOCUMENTS", KeysAndDocuments.describeTaken(intake.taken(), intake.keyTag(), m));
        p.put("L_KEYS_AND_DOCUMENTS", m.get("intake.print.keysAndDocuments"));
        Map<CarView, String> viewLabels = new EnumMap<>(CarView.class);
        for (CarView view : CarView.values()) {
            viewLabels.put(view, m.of(view));
        }
        BufferedImage diagram = DamageDiagramImage.render(intake.markers(), viewLabels, DIAGRAM_PIXELS);
        p.put("DIAGRAM", diagram);
        p.put("MARKERS", intake.markers().isEmpty() ? m.get("intake.print.noDamage")
                : intake.markers().stream().map(mk -> m.get("intake.print.marker", mk.number(), m.of(mk.type()),
                        m.of(mk.view()), mk.note().isEmpty() ? "" : "：" + mk.note()))
                        .collect(Collectors.joining("\n")));
        p.put("TERMS", m.get("intake.print.terms"));
        String signedNote = "";
        if (intake.signed()) {
            signedNote = sheet.changedSinceSigned()
                    ? m.get("intake.print.changedSinceSigned", FORMATS.dateTime(intake.signedAt(), zone))
                    : m.get("intake.print.signedAt", FORMATS.dateTime(intake.signedAt(), zone));
        }
        p.put("SIGNED_NOTE", signedNote);
        p.put("PRINTED_AT", m.get("intake.print.printedAt", printedAt));
        p.put("L_RO_NUMBER", m.get("intake.print.roNumber"));
        p.put("L_RECEIVED_AT", m.get("intake.print.receivedAt"));
        p.put("L_ADVISOR", m.get("intake.print.advisor"));
        p.put("L_CUSTOMER", m.get("intake.print.customer"));
        p.put("L_PHONE", m.get("intake.print.phone"));
        p.put("L_APPROVAL_CONTACT", m.get("intake.print.approvalContact"));
        p.put("L_PLATE", m.get("intake.print.plate"));
        p.put("L_VEHICLE", m.get("intake.print.vehicle"));
        p.put("L_BODY_COLOR", m.get("intake.print.bodyColor"));
        p.put("L_VIN", m.get("intake.print.vin"));
        p.put("L_MILEAGE", m.get("intake.print.mileage"));
        p.put("L_FUEL", m.get("intake.print.fuel"));
        p.put("L_COMPLAINT", m.get("intake.print.complaint"));
        p.put("L_ITEMS", m.get("intake.print.items"));
        p.put("L_VALUABLES", m.get("intake.print.valuables"));
        p.put("L_ESTIMATE", m.get("intake.print.estimate"));
        p.put("L_PROMISED", m.get("intake.print.promised"));
        p.put("L_OLD_PARTS", m.get("intake.print.oldParts"));
        p.put("L_WAITS", m.get("intake.print.customerWaits"));
        p.put("L_NOTES", m.get("intake.print.notes"));
        p.put("L_DAMAGE", m.get("intake.print.damage"));
        p.put("L_TERMS", m.get("intake.print.termsTitle"));
        p.put("L_CUSTOMER_SIGNATURE", m.get("intake.print.customerSignature"));
        p.put("L_ADVISOR_SIGNATURE", m.get("intake.print.advisorSignature"));
        p.put("L_DATE", m.get("intake.print.date"));
        p.put("L_PHOTOS", m.get("intake.print.photos"));
        p.put("L_SCAN", m.get("intake.print.scan"));
        return p;
    }

    private static String join(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append(separator);
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }
}
