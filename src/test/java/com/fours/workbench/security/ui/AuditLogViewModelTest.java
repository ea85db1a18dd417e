package com.fours.workbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AuditAction;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.FxBackground;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.ui.ErrorReporter;

class AuditLogViewModelTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private final MutableClock clock = MutableClock.shanghai("2026-12-06T02:00:00Z");
    private AppServices services;
    private FxBackground fx;
    private AuditLogViewModel model;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        services.users().createUser("yangmin", "杨敏", EnumSet.of(Role.CASHIER), "Start2026".toCharArray());
        fx = new FxBackground();
        model = new AuditLogViewModel(ENGLISH, services.auditLog(), services.reports(), services.session(), "骏达丰田",
                fx.background(), new ErrorReporter(ENGLISH), null, clock);
    }

    @AfterEach
    void tearDown() {
        fx.close();
        services.close();
    }

    @Test
    void theLastWeekIsSearchedAndEachRowReadsInTheUsersLanguage() {
        fx.run(model::search);

        assertThat(model.fromProperty().get()).isEqualTo(model.toProperty().get().minusDays(7));
        AuditEntry created = model.rows().stream().filter(e -> e.action().equals("USER_CREATED")).findFirst().orElseThrow();
        assertThat(model.action(created)).isEqualTo(ENGLISH.get(AuditAction.messageKey("USER_CREATED")))
                .isNotEqualTo("USER_CREATED");
        assertThat(model.subject(created)).startsWith(ENGLISH.get("audit.subject.user"));
        assertThat(model.statusProperty().get()).isEqualTo(ENGLISH.get("audit.count", model.rows().size()));
    }

    @Test
    void theTextNarrowsTheRows() {
        fx.run(model::search);
        int all = model.rows().size();

        fx.run(() -> {
            model.textProperty().set("yangmin");
            model.search();
        });

        assertThat(model.rows()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(e -> assertThat(e.actorName() + " " + e.subjectName() + " " + e.afterValue() + " "
                        + e.beforeValue()).contains("yangmin"));
    }

    @Test
    void aReversedPeriodIsRefusedInTheStatusLine() {
        fx.run(() -> {
            model.fromProperty().set(model.toProperty().get().plusDays(1));
            model.search();
        });

        assertThat(model.statusProperty().get()).isEqualTo(ENGLISH.get("audit.rangeReversed"));
    }

    @Test
    void thePrintedExtractIsRenderedAndItsPrintingAudited() {
        fx.run(model::search);
        var rendered = new java.util.concurrent.atomic.AtomicReference<com.fours.workbench.reporting.RenderedReport>();

        fx.run(() -> model.printExtract(rendered::set));

        assertThat(rendered.get()).isNotNull();
        fx.run(model::search);
        assertThat(model.rows()).extracting(AuditEntry::action).contains("AUDIT_EXTRACT_PRINTED");
    }
}
