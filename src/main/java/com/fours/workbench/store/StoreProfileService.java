package com.fours.workbench.store;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.FullWidthForms;
import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.Typed;
import com.fours.workbench.core.UnifiedSocialCreditCode;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/** The store profile: read by everyone who prints, changed by the manager or the administrator. */
public final class StoreProfileService {

    private static final BigDecimal MAX_VAT_PERCENT = new BigDecimal("30");
    /** The store_profile columns' sizes. */
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 300;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public StoreProfileService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<StoreProfile> find() {
        return transactions.read(handle -> handle.attach(StoreProfileDao.class).find().map(StoreProfileRow::toProfile));
    }

    public StoreProfile save(StoreProfileInput input, int expectedVersion) {
        session.require(Permission.EDIT_STORE_PROFILE);
        StoreProfile checked = check(input, expectedVersion);
        return transactions.inTransaction(handle -> {
            StoreProfileDao dao = handle.attach(StoreProfileDao.class);
            StoreProfile before = dao.find().map(StoreProfileRow::toProfile).orElseThrow();
            int updated = dao.update(checked.name(), checked.address(), checked.phone(), checked.creditCode().value(),
                    checked.labourRate(), checked.vatRate(), clock.instant(), expectedVersion);
            if (updated == 0) {
                throw new ConcurrentChangeException(before.name());
            }
            StoreProfile after = dao.find().map(StoreProfileRow::toProfile).orElseThrow();
            audit.record(handle, StoreAuditAction.STORE_PROFILE_SAVED, "store_profile", 1,
                    auditText(before), auditText(after));
            return after;
        });
    }

    /** Checks every field and reports all refusals at once, each against its field. */
    public static StoreProfile check(StoreProfileInput typed, int version) {
        StoreProfileInput input = typed != null ? typed : new StoreProfileInput(null, null, null, null, null, null);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String name = errors.check(StoreProfileInput.NAME, () -> required(input.name(), MAX_NAME));
        String address = errors.check(StoreProfileInput.ADDRESS, () -> required(input.address(), MAX_ADDRESS));
        PhoneNumber phone = errors.check(StoreProfileInput.PHONE, () -> PhoneNumber.parse(input.phone()));
        UnifiedSocialCreditCode code = errors.check(StoreProfileInput.CREDIT_CODE,
                () -> UnifiedSocialCreditCode.parse(input.creditCode()));
        Money rate = errors.check(StoreProfileInput.LABOUR_RATE, () -> Money.parse(input.labourRate()));
        if (rate != null && !rate.isPositive()) {
            errors.reject(StoreProfileInput.LABOUR_RATE, new InvalidValueException("store.invalid.labourRate"));
        }
        BigDecimal vat = errors.check(StoreProfileInput.VAT_RATE, () -> vatRate(input.vatRatePercent()));
        errors.throwIfAny();
        return new StoreProfile(name, address, phone.display(), code, rate.amount(), vat, version);
    }

    /** The name and address print on every document as the store wrote them ("（）" stays full width). */
    private static String required(String typed, int max) {
        String value = Typed.optionalLineText(typed, max);
        if (value == null) {
            throw new InvalidValueException("field.required");
        }
        return value;
    }

    private static BigDecimal vatRate(String typedPercent) {
        String value = FullWidthForms.toHalfWidth(typedPercent == null ? "" : typedPercent).strip().replace("%", "").strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("field.required");
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("store.invalid.vatRate");
        }
        if (percent.signum() < 0 || percent.compareTo(MAX_VAT_PERCENT) > 0 || percent.scale() > 2) {
            throw new InvalidValueException("store.invalid.vatRate");
        }
        return percent.movePointLeft(2).setScale(4);
    }

    static String auditText(StoreProfile p) {
        return "name=" + p.name() + ", address=" + p.address() + ", phone=" + p.phone() + ", creditCode="
                + p.creditCode() + ", labourRate=" + p.labourRate() + ", vatRate=" + p.vatRate();
    }

    public static void insert(Handle handle, StoreProfile profile, Clock clock) {
        if (handle.attach(StoreProfileDao.class).find().isPresent()) {
            throw new BusinessRuleException("setup.alreadyDone");
        }
        handle.attach(StoreProfileDao.class).insert(profile.name(), profile.address(), profile.phone(),
                profile.creditCode().value(), profile.labourRate(), profile.vatRate(), clock.instant());
    }
}
