package com.fours.workbench.demo;

import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.SecurityAuditAction;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.security.UserService;

import java.util.EnumSet;
import java.util.List;

import org.jdbi.v3.core.Handle;


/** One demo account per role, all with the same password, listed on the demo login screen. */
public final class SecurityDemoData implements DemoDataContributor {

    public static final String PASSWORD = "demo1234";

    public record DemoAccount(String username, String displayName, Role role) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("advisor", "李娜", Role.SERVICE_ADVISOR),
            new DemoAccount("tech", "张伟", Role.TECHNICIAN),
            new DemoAccount("lead", "刘洋", Role.TEAM_LEAD),
            new DemoAccount("qc", "陈静", Role.QC_INSPECTOR),
            new DemoAccount("cashier", "杨敏", Role.CASHIER),
            new DemoAccount("clerk", "赵磊", Role.WAREHOUSE_CLERK),
            new DemoAccount("care", "黄丽", Role.CUSTOMER_SERVICE_AGENT),
            new DemoAccount("manager", "周杰", Role.SERVICE_MANAGER),
            new DemoAccount("admin", "吴刚", Role.ADMINISTRATOR));

    private final UserService users;
    private final AuditTrail audit;
    /** One hash of the published password for every demo account: PBKDF2 takes a good part of a second each. */
    private String passwordHash;

    public SecurityDemoData(UserService users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    public String stepKey() {
        return "demo.step.staff";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        for (DemoAccount account : ACCOUNTS) {
            UserAccount created = users.insertUserWithHash(handle, account.username(), account.displayName(),
                    EnumSet.of(account.role()), passwordHash(), false);
            audit.recordAnonymous(handle, "admin", SecurityAuditAction.USER_CREATED, "user", created.id(), null,
                    created.auditText());
        }
    }

    /** Another demo colleague (a technician of a work group, say), created and audited as the accounts above. */
    public UserAccount addStaff(Handle handle, String username, String displayName, Role role) {
        UserAccount created = users.insertUserWithHash(handle, username, displayName, EnumSet.of(role), passwordHash(),
                false);
        audit.recordAnonymous(handle, "admin", SecurityAuditAction.USER_CREATED, "user", created.id(), null,
                created.auditText());
        return created;
    }

    private String passwordHash() {
        if (passwordHash == null) {
            passwordHash = users.hash(PASSWORD.toCharArray());
        }
        return passwordHash;
    }
}
