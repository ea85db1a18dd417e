package com.fours.workbench.app;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import com.fours.workbench.backup.ui.BackupContext;
import com.fours.workbench.backup.ui.BackupPane;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.security.ui.AuditLogView;
import com.fours.workbench.security.ui.UserAdminView;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.ui.StoreProfileView;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.SectionTabs;
import com.fours.workbench.ui.StyleClasses;

/** Users, the audit log, the store profile and where the data lives; each part for those allowed it. */
final class AdministrationModule implements WorkbenchModule {

    @Override
    public ModuleKind kind() {
        return ModuleKind.ADMINISTRATION;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        Messages m = context.messages();
        Session session = services.session();
        List<Section> sections = new ArrayList<>();
        if (session.may(Permission.MANAGE_USERS)) {
            sections.add(Section.of("adminUsers", m.get("admin.users"), () -> new UserAdminView(m, services.users(),
                    context.background(), context.errors(), context.window(), services.clock()).build()));
        }
        if (session.may(Permission.VIEW_AUDIT_LOG)) {
            sections.add(Section.of("adminAudit", m.get("admin.auditLog"), () -> new AuditLogView(m,
                    services.auditLog(), services.reports(), session,
                    services.storeProfiles().find().map(StoreProfile::name).orElse(""), context.background(),
                    context.errors(), context.window(), services.clock()).build()));
        }
        if (session.may(Permission.EDIT_STORE_PROFILE)) {
            sections.add(Section.of("adminStore", m.get("admin.storeProfile"), () -> new StoreProfileView(m,
                    services.storeProfiles(), context.background(), context.errors()).build()));
        }
        if (session.may(Permission.MANAGE_BACKUPS)) {
            sections.add(Section.of("adminBackup", m.get("backup.ui.tab"), () -> new BackupPane(new BackupContext(
                    services.backupSettings(), services.backups(), services.restores(), session, services.clock(), m,
                    context.background(), context.errors(), context.window(), Platform::exit)).build()));
        }
        if (session.may(Permission.VIEW_SYSTEM_INFO)) {
            sections.add(Section.of("adminSystem", m.get("admin.system"), () -> systemInfo(services, m)));
        }
        return new SectionTabs("administrationSections", sections).build();
    }

    private static Parent systemInfo(AppServices services, Messages m) {
        GridPane grid = new GridPane();
        grid.setId("systemInfo");
        grid.getStyleClass().add(StyleClasses.SECTION);
        grid.setHgap(12);
        grid.setVgap(8);
        String[][] rows = {
                {m.get("system.dataFolder"), services.dataFolder().toString(), "systemDataFolder"},
                {m.get("system.database"), services.databaseSettings().description(), "systemDatabase"},
                {m.get("system.logFolder"), services.dataFolder().resolve("logs").toString(), "systemLogFolder"},
                {m.get("system.mode"), m.get(services.demo() ? "system.modeDemo" : "system.modeStore"), "systemMode"},
                {m.get("system.version"), version(), "systemVersion"},
                {m.get("system.runtime"), "Java " + System.getProperty("java.version") + ", JavaFX "
                        + System.getProperty("javafx.runtime.version", "?"), "systemRuntime"}};
        for (int i = 0; i < rows.length; i++) {
            TextField value = new TextField(rows[i][1]);
            value.setEditable(false);
            value.setId(rows[i][2]);
            value.setPrefColumnCount(60);
            grid.addRow(i, new Label(rows[i][0]), value);
        }
        return grid;
    }

    private static String version() {
        String version = AdministrationModule.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
