package com.fours.workbench.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.PhotoFile;
import com.fours.workbench.repair.PhotoPreparer;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * 5S inspections: scored against the area's current checklist, with photos, remarks and findings;
 * a finding with an owner and a due day is a corrective action, which its owner (any user) or a
 * supervisor marks done with what was done, and a later inspection of the area verifies. Each step
 * in one transaction, audited; a refused input saves nothing.
 */
public final class FiveSInspections {

    /** Photos kept with one inspection at most. */
    public static final int MAX_PHOTOS = 10;
    public static final int MAX_FINDINGS = 30;
    /** The field of what was done (closing an action) and of the owner and due day (making one). */
    public static final String DONE_NOTE = "doneNote";
    public static final String OWNER = "owner";
    public static final String DUE = "due";

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final PhotoPreparer photos;

    public FiveSInspections(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                            PhotoPreparer photos) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.photos = photos;
    }

    public PhotoFile preparePhoto(String fileName, byte[] bytes) {
        session.require(Permission.USE_ENVIRONMENT);
        return photos.prepare(fileName, bytes);
    }

    public byte[] photo(long photoId) {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> handle.attach(FiveSDao.class).photoImage(photoId)
                .orElseThrow(() -> new BusinessRuleException("fiveS.photo.notFound", String.valueOf(photoId))));
    }

    /** Every inspection, newest first: the score of each area over time. */
    public List<FiveSInspection> inspections() {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> handle.attach(FiveSDao.class).inspections());
    }

    public FiveSSheet sheet(long inspectionId) {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> sheet(handle, inspectionId));
    }

    static FiveSSheet sheet(Handle handle, long inspectionId) {
        FiveSDao dao = handle.attach(FiveSDao.class);
        FiveSInspection inspection = dao.inspection(inspectionId).orElseThrow(() -> new BusinessRuleException(
                "fiveS.inspection.notFound", String.valueOf(inspectionId)));
        Map<Long, Integer> scores = new HashMap<>();
        dao.scores(inspectionId).forEach(s -> scores.put(s.itemId(), s.score()));
        return new FiveSSheet(inspection, FiveSChecklists.version(handle, inspection.checklistId()), scores,
                dao.findingsOf(inspectionId), dao.photos(inspectionId));
    }

    /** Every corrective action, the latest due first. */
    public List<FiveSFinding> actions() {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> handle.attach(FiveSDao.class).actions());
    }

    /** The area's actions not yet verified: what a re-inspection checks. */
    public List<FiveSFinding> actionsToCheck(FiveSArea area) {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> handle.attach(FiveSDao.class).actionsNotVerified().stream()
                .filter(a -> a.area() == area).toList());
    }

    public ActionFigures figures() {
        session.require(Permission.USE_ENVIRONMENT);
        LocalDate today = LocalDate.now(clock);
        List<FiveSFinding> notVerified = transactions.read(handle -> handle.attach(FiveSDao.class).actionsNotVerified());
        int open = (int) notVerified.stream().filter(a -> a.state() == ActionState.OPEN).count();
        int overdue = (int) notVerified.stream().filter(a -> a.overdue(today)).count();
        return new ActionFigures(open, overdue, notVerified.size() - open);
    }

    /** Who may own an action: every active user. */
    public List<ActionOwner> owners() {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> handle.attach(FiveSDao.class).owners());
    }

    /**
     * Records an inspection of the area on its current checklist. Refused field by field: no area or
     * checklist, a day in the future, no inspector, an item not scored or scored outside its scale, a
     * finding without text or with an owner and no due day (or the reverse), a due day before the
     * inspection; an action verified that is not a done action of this area inspected earlier.
     */
    public FiveSInspection record(InspectionInput input, List<PhotoFile> chosenPhotos) {
        AuthenticatedUser user = session.require(Permission.USE_ENVIRONMENT);
        List<PhotoFile> kept = chosenPhotos == null ? List.of() : List.copyOf(chosenPhotos);
        if (kept.size() > MAX_PHOTOS) {
            throw new BusinessRuleException("fiveS.photo.tooMany", MAX_PHOTOS);
        }
        for (PhotoFile photo : kept) {
            if (photo == null || photo.image() == null || photo.image().length == 0 || photo.thumbnail() == null
                    || photo.fileName() == null || photo.fileName().length() > 255) {
                throw new BusinessRuleException("fiveS.photo.invalid");
            }
        }
        return transactions.inTransaction(handle -> {
            FiveSInspection inspection = insert(handle, input, kept, user.username(), clock.instant(),
                    LocalDate.now(clock));
            audit.record(handle, InspectionAuditAction.FIVE_S_INSPECTION_RECORDED, "fiveSInspection", inspection.id(),
                    null, inspection.area() + " " + inspection.inspectionDay() + " by " + inspection.inspector()
                            + " v" + inspection.versionNo() + " total " + inspection.total().toPlainString()
                            + "%, findings " + (input.findings() == null ? 0 : input.findings().size())
                            + ", photos " + kept.size() + ", verified " + (input.verifiedActionIds() == null ? "[]"
                            : input.verifiedActionIds()));
            for (Long verified : new HashSet<>(input.verifiedActionIds() == null ? List.<Long>of()
                    : input.verifiedActionIds())) {
                audit.record(handle, InspectionAuditAction.FIVE_S_ACTION_VERIFIED, "fiveSFinding", verified, "DONE",
                        "VERIFIED at inspection " + inspection.id());
            }
            return inspection;
        });
    }

    /** The checked inspection in the caller's transaction (the service's and the demo's). */
    public static FiveSInspection insert(Handle handle, InspectionInput input, List<PhotoFile> photos, String by,
                                         Instant at, LocalDate today) {
        FiveSDao dao = handle.attach(FiveSDao.class);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.area() == null) {
            errors.reject(InspectionInput.AREA, new InvalidValueException("field.required"));
            errors.throwIfAny();
        }
        FiveSChecklist checklist = FiveSChecklists.current(handle, input.area()).orElseThrow(() ->
                new InvalidFieldsException(Map.of(InspectionInput.AREA, new InvalidValueException(
                        "fiveS.inspection.noChecklist"))));
        LocalDate day = errors.check(InspectionInput.DAY, () -> {
            LocalDate d = Typed.optionalDate(input.day());
            if (d == null) {
                throw new InvalidValueException("field.required");
            }
            if (d.isAfter(today)) {
                throw new InvalidValueException("fiveS.inspection.future", d);
            }
            return d;
        });
        String inspector = errors.check(InspectionInput.INSPECTOR, () -> Typed.requiredText(input.inspector(), 100));
        String remarks = errors.check(InspectionInput.REMARKS, () -> Typed.optionalMultilineText(input.remarks(), 1000));
        Map<Long, String> typed = input.scores() == null ? Map.of() : input.scores();
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (FiveSItem item : checklist.items()) {
            Integer score = errors.check(InspectionInput.score(item.id()), () -> score(typed.get(item.id()), item));
            scores.put(item.id(), score);
        }
        List<InspectionInput.Finding> findings = input.findings() == null ? List.of() : input.findings();
        if (findings.size() > MAX_FINDINGS) {
            errors.reject(InspectionInput.FINDINGS, new InvalidValueException("fiveS.finding.tooMany", MAX_FINDINGS));
        }
        List<String> texts = new ArrayList<>();
        List<LocalDate> dues = new ArrayList<>();
        int n = 0;
        for (InspectionInput.Finding f : findings) {
            int position = ++n;
            texts.add(errors.check(InspectionInput.FINDINGS, () -> {
                try {
                    return Typed.requiredText(f.text(), 500);
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("fiveS.finding.text", position);
                }
            }));
            dues.add(errors.check(InspectionInput.FINDINGS, () -> due(f.ownerId(), f.dueDay(), day, position, dao)));
        }
        errors.throwIfAny();
        BigDecimal total = total(checklist, scores);
        long id = dao.insertInspection(checklist.id(), input.area().name(), day, inspector,
                remarks == null ? "" : remarks, total, by, at);
        dao.insertScores(id, new ArrayList<>(scores.keySet()), new ArrayList<>(scores.values()));
        for (PhotoFile photo : photos) {
            dao.insertPhoto(id, photo.fileName(), photo.width(), photo.height(), photo.image(), photo.thumbnail());
        }
        for (int i = 0; i < findings.size(); i++) {
            InspectionInput.Finding f = findings.get(i);
            dao.insertFinding(id, texts.get(i), f.ownerId(), dues.get(i), f.ownerId() == null ? null
                    : ActionState.OPEN.name());
        }
        Set<Long> verified = new HashSet<>(input.verifiedActionIds() == null ? List.of() : input.verifiedActionIds());
        for (Long actionId : verified) {
            FiveSFinding action = dao.finding(actionId).orElseThrow(() -> new BusinessRuleException(
                    "fiveS.action.notFound", String.valueOf(actionId)));
            if (action.area() != input.area() || action.inspectionDay().isAfter(day)) {
                throw new BusinessRuleException("fiveS.action.otherArea", action.text());
            }
            if (action.state() != ActionState.DONE || dao.verify(actionId, id) != 1) {
                throw new BusinessRuleException("fiveS.action.notDone", action.text());
            }
        }
        return dao.inspection(id).orElseThrow();
    }

    /** The weighted score in percent: each item's score over its scale, by its weight, over the weights. */
    static BigDecimal total(FiveSChecklist checklist, Map<Long, Integer> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (FiveSItem item : checklist.items()) {
            sum = sum.add(item.weight().multiply(BigDecimal.valueOf(scores.get(item.id())))
                    .divide(BigDecimal.valueOf(item.scaleMax()), 10, RoundingMode.HALF_UP));
            weights = weights.add(item.weight());
        }
        return sum.multiply(BigDecimal.valueOf(100)).divide(weights, 1, RoundingMode.HALF_UP);
    }

    private static Integer score(String typed, FiveSItem item) {
        Integer score;
        try {
            score = Typed.optionalWholeNumber(typed, Integer.MAX_VALUE);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("fiveS.score.outOfScale", Typed.clean(typed), item.scaleMax());
        }
        if (score == null) {
            throw new InvalidValueException("fiveS.score.required", item.scaleMax());
        }
        if (score > item.scaleMax()) {
            throw new InvalidValueException("fiveS.score.outOfScale", score, item.scaleMax());
        }
        return score;
    }

    private static LocalDate due(Long ownerId, String typed, LocalDate inspected, int position, FiveSDao dao) {
        LocalDate due;
        try {
            due = Typed.optionalDate(typed);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("fiveS.finding.due", position);
        }
        if (ownerId == null && due == null) {
            return null;
        }
        if (ownerId == null || due == null) {
            throw new InvalidValueException("fiveS.finding.ownerAndDue", position);
        }
        if (dao.activeUser(ownerId) == 0) {
            throw new InvalidValueException("fiveS.finding.owner", position);
        }
        if (inspected != null && due.isBefore(inspected)) {
            throw new InvalidValueException("fiveS.finding.dueBefore", position);
        }
        return due;
    }

    /** Makes a finding a corrective action with an owner and a due day. */
    public FiveSFinding makeAction(long findingId, Long ownerId, LocalDate due) {
        AuthenticatedUser user = session.require(Permission.USE_ENVIRONMENT);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (ownerId == null) {
            errors.reject(OWNER, new InvalidValueException("field.required"));
        }
        if (due == null) {
            errors.reject(DUE, new InvalidValueException("field.required"));
        }
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            FiveSDao dao = handle.attach(FiveSDao.class);
            FiveSFinding finding = dao.finding(findingId).orElseThrow(() -> new BusinessRuleException(
                    "fiveS.action.notFound", String.valueOf(findingId)));
            if (dao.activeUser(ownerId) == 0) {
                throw new InvalidFieldsException(Map.of(OWNER, new InvalidValueException("fiveS.owner.unknown")));
            }
            if (due.isBefore(finding.inspectionDay())) {
                throw new InvalidFieldsException(Map.of(DUE, new InvalidValueException("fiveS.action.dueBefore",
                        finding.inspectionDay())));
            }
            if (dao.makeAction(findingId, ownerId, due) != 1) {
                throw new BusinessRuleException("fiveS.action.already", finding.text());
            }
            FiveSFinding action = dao.finding(findingId).orElseThrow();
            audit.record(handle, InspectionAuditAction.FIVE_S_ACTION_CREATED, "fiveSFinding", findingId, null,
                    action.text() + " owner " + action.ownerName() + " due " + due + " by " + user.username());
            return action;
        });
    }

    /**
     * The owner (any user) or a supervisor marks an open action done, saying what was done; it stays
     * to be verified at the next inspection of the area.
     */
    public FiveSFinding markDone(long actionId, String whatWasDone) {
        AuthenticatedUser user = session.requireUser();
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String note = errors.check(DONE_NOTE, () -> Typed.requiredText(whatWasDone, 500));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            FiveSDao dao = handle.attach(FiveSDao.class);
            FiveSFinding action = dao.finding(actionId).orElseThrow(() -> new BusinessRuleException(
                    "fiveS.action.notFound", String.valueOf(actionId)));
            if (!user.may(Permission.USE_ENVIRONMENT) && !Long.valueOf(user.id()).equals(action.ownerId())) {
                throw new BusinessRuleException("fiveS.action.notOwner", action.ownerName());
            }
            if (dao.markDone(actionId, note, user.username(), clock.instant()) != 1) {
                throw new BusinessRuleException("fiveS.action.notOpen", action.text());
            }
            audit.record(handle, InspectionAuditAction.FIVE_S_ACTION_DONE, "fiveSFinding", actionId,
                    String.valueOf(action.state()), "DONE: " + note);
            return dao.finding(actionId).orElseThrow();
        });
    }

    /** How many of the user's actions are past their due day, read in the caller's handle (the home page's line). */
    public static int overdueOf(Handle handle, long ownerId, LocalDate today) {
        return handle.attach(FiveSDao.class).overdueOf(ownerId, today);
    }

    public static List<FiveSFinding> firstOverdueOf(Handle handle, long ownerId, LocalDate today, int limit) {
        return handle.attach(FiveSDao.class).firstOverdueOf(ownerId, today, limit);
    }
}
