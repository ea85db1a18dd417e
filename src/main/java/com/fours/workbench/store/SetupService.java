package com.fours.workbench.store;

import java.time.Clock;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Credentials;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.security.UserService;

/** The first start of a new installation: the store profile and its first administrator. */
public final class SetupService {

    private static final Logger log = LoggerFactory.getLogger(SetupService.class);

    private final Transactions transactions;
    private final StoreProfileService profiles;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;

    public SetupService(Transactions transactions, StoreProfileService profiles, UserService users, AuditTrail audit,
                        Clock clock) {
        this.transactions = transactions;
        this.profiles = profiles;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isNeeded() {
        return profiles.find().isEmpty() || !users.anyUserExists();
    }

    public UserAccount complete(SetupInput typed) {
        SetupInput input = typed != null ? typed : new SetupInput(null, null, null, null, null);
        StoreProfile profile = checkAll(input);
        UserAccount admin = transactions.inTransaction(handle -> {
            StoreProfileService.insert(handle, profile, clock);
            UserAccount first = users.createFirstAdministrator(handle, input.adminUsername(), input.adminDisplayName(),
                    input.adminPassword());
            audit.recordAnonymous(handle, first.username(), StoreAuditAction.SETUP_COMPLETED, "store_profile", 1, null,
                    StoreProfileService.auditText(profile));
            return first;
        });
        log.info("Set-up complete for store '{}', administrator '{}'", profile.name(), admin.username());
        return admin;
    }

    private static StoreProfile checkAll(SetupInput input) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        StoreProfile profile = null;
        try {
            profile = StoreProfileService.check(input.store(), 0);
        } catch (InvalidFieldsException e) {
            e.byField().forEach(errors::reject);
        }
        errors.check(SetupInput.ADMIN_USERNAME, () -> Credentials.normaliseUsername(input.adminUsername()));
        errors.check(SetupInput.ADMIN_DISPLAY_NAME, () -> Credentials.normaliseDisplayName(input.adminDisplayName()));
        errors.check(SetupInput.ADMIN_PASSWORD, () -> {
            Credentials.checkNewPassword(input.adminPassword());
            return Boolean.TRUE;
        });
        if (!Arrays.equals(input.adminPassword(), input.adminPasswordRepeated())) {
            errors.reject(SetupInput.ADMIN_PASSWORD_REPEATED, new InvalidValueException("password.repeatDiffers"));
        }
        errors.throwIfAny();
        return profile;
    }
}
