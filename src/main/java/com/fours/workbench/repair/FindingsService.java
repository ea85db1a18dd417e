package com.fours.workbench.repair;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The technician's findings (检查/诊断, rule book 3.3(1)): the car checked against the intake sheet,
 * item by item (confirmed, not reproduced) or another fault found, with fault codes, measurements
 * and photos. A finding that needs extra work adds it as a line waiting for the customer's
 * approval, in the same transaction, so the approval (the plan's own, {@link RepairApprovals})
 * shows the evidence next to the line. Each finding takes the order's next version.
 */
public final class FindingsService {

    /** Photos kept with one finding at most. */
    public static final int MAX_PHOTOS = 10;

    /** A finding is refused on an order that is closed: settled, handed back or cancelled. */
    static final Set<RepairOrderStatus> CLOSED = EnumSet.of(RepairOrderStatus.SETTLED, RepairOrderStatus.DELIVERED,
            RepairOrderStatus.CANCELLED);

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final RepairOrderService orders;
    private final OrderChanges changes;
    private final PhotoPreparer photos;

    public FindingsService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                           RepairOrderService orders, PhotoPreparer photos) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.orders = orders;
        this.changes = new OrderChanges(session, clock);
        this.photos = photos;
    }

    /** The items of the order's intake sheet a finding answers: the complaint, then each requested item. */
    public List<String> intakeItems(long orderId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> items(handle.attach(FindingDao.class).intakeItems(orderId)));
    }

    static List<String> items(FindingDao.IntakeItems read) {
        List<String> items = new ArrayList<>();
        if (read == null) {
            return items;
        }
        if (read.complaint() != null && !read.complaint().isBlank()) {
            items.add(read.complaint().strip());
        }
        if (read.requestedItems() != null) {
            for (String item : read.requestedItems().split("\n")) {
                if (!item.isBlank() && !items.contains(item.strip())) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    /** The order's findings, oldest first, with their photos' thumbnails. */
    public List<Finding> findings(long orderId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> read(handle.attach(FindingDao.class), orderId));
    }

    static List<Finding> read(FindingDao dao, long orderId) {
        Map<Long, List<FindingPhoto>> byFinding = new LinkedHashMap<>();
        for (FindingPhoto photo : dao.photos(orderId)) {
            byFinding.computeIfAbsent(photo.findingId(), id -> new ArrayList<>()).add(photo);
        }
        return dao.findings(orderId).stream().map(r -> new Finding(r.id(), r.repairOrderId(), r.itemText(), r.outcome(),
                r.description(), r.faultCodes(), r.measurements(), r.lineId(), r.recordedBy(), r.recordedAt(),
                byFinding.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Checks and shrinks a picked image file before it is kept, by reception's rule. */
    public PhotoFile preparePhoto(String fileName, byte[] bytes) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return photos.prepare(fileName, bytes);
    }

    public byte[] photo(long photoId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> handle.attach(FindingDao.class).photoImage(photoId)
                .orElseThrow(() -> new BusinessRuleException("repairFinding.photoNotFound", String.valueOf(photoId))));
    }

    /**
     * Records a finding on the order at {@code expectedVersion}, with its photos, and when it names
     * extra work ({@link FindingInput#proposedLine()}) adds that line for the customer's approval:
     * all or nothing. Refused on a closed order; extra work also needs an order whose plan may
     * still change. Returns the plan after the change.
     */
    public RepairPlan record(long orderId, int expectedVersion, FindingInput input, List<PhotoFile> chosenPhotos) {
        session.require(Permission.USE_REPAIR_ORDERS);
        List<PhotoFile> kept = chosenPhotos == null ? List.of() : List.copyOf(chosenPhotos);
        if (kept.size() > MAX_PHOTOS) {
            throw new BusinessRuleException("repairFinding.tooManyPhotos", MAX_PHOTOS);
        }
        for (PhotoFile photo : kept) {
            if (photo == null || photo.image() == null || photo.image().length == 0 || photo.thumbnail() == null
                    || photo.fileName() == null || photo.fileName().length() > 255) {
                throw new BusinessRuleException("repairFinding.photoInvalid");
            }
        }
        return transactions.inTransaction(handle -> {
            RepairPlan before = changes.begin(handle, orderId, expectedVersion);
            if (CLOSED.contains(before.status())) {
                throw new BusinessRuleException("repairFinding.closedOrder", before.order().number(), before.status());
            }
            FindingDao dao = handle.attach(FindingDao.class);
            Checked c = check(input, items(dao.intakeItems(orderId)));
            Long lineId = null;
            String lineText = "";
            if (input.proposedLine() != null) {
                RepairLine line = orders.addLine(handle, before, input.proposedLine(), false);
                lineId = line.id();
                lineText = " line " + line.lineNo() + " " + line.description() + " " + line.amount().toPlainString();
            }
            String by = session.requireUser().username();
            long id = dao.insert(orderId, c.item(), input.outcome().name(), c.description(), c.faultCodes(),
                    c.measurements(), lineId, by, clock.instant());
            for (PhotoFile photo : kept) {
                dao.insertPhoto(id, photo.fileName(), photo.width(), photo.height(), photo.image(), photo.thumbnail());
            }
            changes.finish(handle, before, ChangeKind.FINDING_RECORDED, c.description());
            audit.record(handle, RepairAuditAction.REPAIR_FINDING_RECORDED, "repair_order", orderId, null,
                    input.outcome() + " " + (c.item() == null ? "" : c.item() + ": ") + c.description()
                            + (c.faultCodes().isEmpty() ? "" : " codes " + c.faultCodes()) + ", photos=" + kept.size()
                            + lineText);
            return RepairOrderService.plan(handle, orderId);
        });
    }

    private record Checked(String item, String description, String faultCodes, String measurements) {
    }

    private static Checked check(FindingInput input, List<String> intakeItems) {
        if (input == null) {
            throw new InvalidValueException("repairFinding.invalid.outcome");
        }
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.outcome() == null) {
            errors.reject(FindingInput.OUTCOME, new InvalidValueException("repairFinding.invalid.outcome"));
        }
        String item = null;
        if (input.outcome() != null && input.outcome() != FindingOutcome.OTHER_FAULT) {
            String typed = input.itemText() == null ? null : input.itemText().strip();
            if (typed == null || !intakeItems.contains(typed)) {
                errors.reject(FindingInput.ITEM, new InvalidValueException("repairFinding.invalid.item"));
            }
            item = typed;
        }
        if (input.outcome() == FindingOutcome.NOT_REPRODUCED && input.proposedLine() != null) {
            errors.reject(FindingInput.OUTCOME, new InvalidValueException("repairFinding.invalid.workNotReproduced"));
        }
        String description = errors.check(FindingInput.DESCRIPTION, () -> {
            String d = Typed.optionalMultilineText(input.description(), 2000);
            if (d == null) {
                throw new InvalidValueException("repairFinding.invalid.description");
            }
            return d;
        });
        String codes = errors.check(FindingInput.FAULT_CODES, () -> Typed.optionalText(input.faultCodes(), 500));
        String measurements = errors.check(FindingInput.MEASUREMENTS,
                () -> Typed.optionalMultilineText(input.measurements(), 1000));
        errors.throwIfAny();
        return new Checked(item, description, codes == null ? "" : codes, measurements == null ? "" : measurements);
    }
}
