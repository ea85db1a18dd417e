package com.fours.workbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.appointments.AppointmentService;
import com.fours.workbench.appointments.ServiceReminders;
import com.fours.workbench.appointments.WorkshopService;
import com.fours.workbench.backup.BackupRunner;
import com.fours.workbench.backup.BackupScheduler;
import com.fours.workbench.backup.BackupSettingsService;
import com.fours.workbench.backup.RestoreService;
import com.fours.workbench.backup.RestoreSwitch;
import com.fours.workbench.care.CallbackDao;
import com.fours.workbench.care.CallbackService;
import com.fours.workbench.care.CareFiguresService;
import com.fours.workbench.care.CarePrints;
import com.fours.workbench.care.ComplaintComebacks;
import com.fours.workbench.care.ComplaintService;
import com.fours.workbench.care.ContactHistory;
import com.fours.workbench.care.CorrectiveActions;
import com.fours.workbench.care.DueReminders;
import com.fours.workbench.care.QuestionnaireService;
import com.fours.workbench.cashier.CashUpPrint;
import com.fours.workbench.cashier.CashUpService;
import com.fours.workbench.cashier.CashierGuard;
import com.fours.workbench.cashier.CashierPrints;
import com.fours.workbench.cashier.CashierService;
import com.fours.workbench.cashier.DeliveryService;
import com.fours.workbench.home.HomeService;
import com.fours.workbench.dashboard.DashboardExport;
import com.fours.workbench.dashboard.DashboardPrints;
import com.fours.workbench.dashboard.DashboardService;
import com.fours.workbench.environment.WasteCatalogue;
import com.fours.workbench.environment.WasteGeneration;
import com.fours.workbench.environment.WasteLedgerService;
import com.fours.workbench.environment.WastePrints;
import com.fours.workbench.environment.WasteReports;
import com.fours.workbench.cashier.DiscountPolicyService;
import com.fours.workbench.cashier.HealthRecordService;
import com.fours.workbench.cashier.PaymentService;
import com.fours.workbench.customers.ArchiveExport;
import com.fours.workbench.customers.ArchiveImport;
import com.fours.workbench.customers.ArchiveSearch;
import com.fours.workbench.customers.CustomerService;
import com.fours.workbench.customers.VehicleService;
import com.fours.workbench.db.ChangeFeed;
import com.fours.workbench.db.ChangeWatcher;
import com.fours.workbench.db.Database;
import com.fours.workbench.db.DatabaseChoice;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.db.DemoTemplate;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.demo.DemoSeeder;
import com.fours.workbench.intake.IntakeService;
import com.fours.workbench.intake.IntakeSheetPrint;
import com.fours.workbench.inspection.FiveSChecklists;
import com.fours.workbench.inspection.FiveSInspections;
import com.fours.workbench.inspection.FiveSPrints;
import com.fours.workbench.inspection.FiveSScores;
import com.fours.workbench.intake.IntakePhotos;
import com.fours.workbench.intake.PreparedPhoto;
import com.fours.workbench.repair.DispatchService;
import com.fours.workbench.repair.FindingsService;
import com.fours.workbench.repair.JobBoardService;
import com.fours.workbench.repair.PhotoFile;
import com.fours.workbench.repair.PhotoPreparer;
import com.fours.workbench.repair.ProgressContacts;
import com.fours.workbench.repair.JobClockService;
import com.fours.workbench.repair.LabourCatalog;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrders;
import com.fours.workbench.repair.RepairPrints;
import com.fours.workbench.repair.RepairVisits;
import com.fours.workbench.parts.CatalogImport;
import com.fours.workbench.parts.FiguresService;
import com.fours.workbench.parts.PartsPrints;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.parts.PurchasingService;
import com.fours.workbench.suppliers.PurchaseAgreements;
import com.fours.workbench.suppliers.SupplierEvaluation;
import com.fours.workbench.suppliers.SupplierScorecardPrint;
import com.fours.workbench.parts.ReservationService;
import com.fours.workbench.parts.StockLedger;
import com.fours.workbench.parts.StockService;
import com.fours.workbench.parts.StocktakeService;
import com.fours.workbench.qc.Comebacks;
import com.fours.workbench.qc.CompletionCertificates;
import com.fours.workbench.qc.FixRateFigures;
import com.fours.workbench.qc.GuaranteePeriods;
import com.fours.workbench.qc.QcChecklists;
import com.fours.workbench.qc.QcOutcomes;
import com.fours.workbench.qc.QcPrints;
import com.fours.workbench.qc.QcSheets;
import com.fours.workbench.qc.QcSignOff;
import com.fours.workbench.qc.QcTransitionGuard;
import com.fours.workbench.qc.QualityOutcomes;
import com.fours.workbench.partsales.PartsSalePrints;
import com.fours.workbench.partsales.PartsSaleService;
import com.fours.workbench.partsales.PriceList;
import com.fours.workbench.payables.PayablesFigures;
import com.fours.workbench.payables.SupplierInvoiceService;
import com.fours.workbench.payables.SupplierPaymentService;
import com.fours.workbench.receivables.ReceiptService;
import com.fours.workbench.claims.ClaimPrint;
import com.fours.workbench.claims.ClaimService;
import com.fours.workbench.receivables.ReceivablesFigures;
import com.fours.workbench.receivables.ReceivablesLedger;
import com.fours.workbench.receivables.StatementPrint;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.AuditLogService;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticationService;
import com.fours.workbench.security.PasswordHasher;
import com.fours.workbench.security.Session;
import com.fours.workbench.security.UserService;
import com.fours.workbench.staff.AppraisalService;
import com.fours.workbench.staff.StaffPrints;
import com.fours.workbench.staff.TrainingService;
import com.fours.workbench.safety.SafetyService;
import com.fours.workbench.store.SetupService;
import com.fours.workbench.store.StoreProfileService;

/** Every service of the workbench, wired once at start-up. No statics, no service locator. */
public final class AppServices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppServices.class);

    /** How often the change feed is read while a screen listens: well inside the 2 seconds of decision 0057. */
    static final long CHANGE_POLL_MILLIS = 500;

    private final Database database;
    private final boolean demo;
    /** Set by the launch's open, after the constructor: see {@link #firstDemoStart()}. */
    private boolean firstDemoStart;
    private final Path dataFolder;
    private final Clock clock;
    private final ScheduledExecutorService background;
    private final ChangeWatcher changes;
    private final Session session = new Session();
    private final AuditTrail audit;
    private final AuthenticationService authentication;
    private final UserService users;
    private final AuditLogService auditLog;
    private final StoreProfileService storeProfiles;
    private final SetupService setup;
    private final ReportEngine reports;
    private final CustomerService customers;
    private final VehicleService vehicles;
    private final ArchiveSearch archiveSearch;
    private final ArchiveImport archiveImport;
    private final ArchiveExport archiveExport;
    private final WorkshopService workshop;
    private final AppointmentService appointments;
    private final ServiceReminders serviceReminders;
    private final RepairOrders repairOrders;
    private final IntakeService intakes;
    private final IntakeSheetPrint intakeSheets;
    private final StockLedger stockLedger;
    private final PartsService parts;
    private final StockService stock;
    private final PurchasingService purchasing;
    private final PurchaseAgreements purchaseAgreements;
    private final SupplierEvaluation supplierEvaluation;
    private final SupplierScorecardPrint scorecardPrint;
    private final ReservationService reservations;
    private final FiguresService partsFigures;
    private final PartsPrints partsPrints;
    private final CatalogImport catalogImport;
    private final StocktakeService stocktakes;
    private final LabourCatalog labourCatalog;
    private final RepairOrderService repairOrderService;
    private final RepairPrints repairPrints;
    private final DispatchService dispatch;
    private final JobClockService jobClock;
    private final JobBoardService jobBoard;
    private final FindingsService findings;
    private final ProgressContacts progressContacts;
    private final QcSheets qcSheets;
    private final QcSignOff qcSignOff;
    private final CompletionCertificates certificates;
    private final GuaranteePeriods guaranteePeriods;
    private final com.fours.workbench.qc.RoadTests roadTests;
    private final com.fours.workbench.qc.MaintenanceIntervals maintenanceIntervals;
    private final FixRateFigures fixRates;
    private final QcChecklists qcChecklists;
    private final QualityOutcomes qualityOutcomes;
    private final Comebacks comebacks;
    private final ComplaintService complaints;
    private final CorrectiveActions correctiveActions;
    private final ContactHistory contactHistory;
    private final DueReminders dueReminders;
    private final QcPrints qcPrints;
    private final CashierService cashier;
    private final PaymentService payments;
    private final PartsSaleService partsSales;
    private final PartsSalePrints partsSalePrints;
    private final PriceList priceList;
    private final DiscountPolicyService discountPolicy;
    private final DeliveryService deliveries;
    private final CashierPrints cashierPrints;
    private final CashUpService cashUp;
    private final CashUpPrint cashUpPrint;
    private final ReceiptService receipts;
    private final SupplierInvoiceService supplierInvoices;
    private final SupplierPaymentService supplierPayments;
    private final PayablesFigures payables;
    private final ReceivablesFigures receivables;
    private final StatementPrint statementPrint;
    private final ClaimService claims;
    private final ClaimPrint claimPrint;
    private final HealthRecordService healthRecords;
    private final BackupSettingsService backupSettings;
    private final BackupRunner backups;
    private final RestoreService restores;
    private final BackupScheduler backupScheduler;
    private final QuestionnaireService questionnaires;
    private final CallbackService callbacks;
    private final CareFiguresService careFigures;
    private final HomeService home;
    private final DashboardService dashboard;
    private final DashboardExport dashboardExport;
    private final WasteCatalogue wasteCatalogue;
    private final WasteLedgerService wasteLedger;
    private final WasteReports wasteReports;
    private final WastePrints wastePrints;
    private final SafetyService safety;
    private final FiveSChecklists fiveSChecklists;
    private final FiveSInspections fiveSInspections;
    private final FiveSPrints fiveSPrints;
    private final FiveSScores fiveSScores;
    private final DashboardPrints dashboardPrints;
    private final TrainingService trainings;
    private final AppraisalService appraisals;
    private final StaffPrints staffPrints;
    private final CarePrints carePrints;

    public AppServices(Database database, boolean demo, Path dataFolder, Clock clock) {
        this(database, demo, dataFolder, clock, newExecutor());
    }

    /** On the one executor made before the database opened, by the launch that opened it on it (decision 0084). */
    AppServices(Database database, boolean demo, Path dataFolder, Clock clock, ScheduledExecutorService background) {
        this.database = database;
        this.demo = demo;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.background = background;
        var tx = database.transactions();
        this.changes = new ChangeWatcher(new ChangeFeed(tx), background, CHANGE_POLL_MILLIS);
        changes.start();
        PasswordHasher hasher = new PasswordHasher();
        this.audit = new AuditTrail(session, clock, tx);
        this.authentication = new AuthenticationService(tx, session, audit, hasher, clock);
        this.users = new UserService(tx, session, audit, hasher, clock);
        this.auditLog = new AuditLogService(tx, session, audit, clock.getZone());
        this.storeProfiles = new StoreProfileService(tx, session, audit, clock);
        this.setup = new SetupService(tx, storeProfiles, users, audit, clock);
        this.reports = new ReportEngine();
        this.customers = new CustomerService(tx, session, audit, clock);
        this.vehicles = new VehicleService(tx, session, audit, clock, List.of(new RepairVisits(tx, clock)));
        this.archiveSearch = new ArchiveSearch(tx, session, customers);
        this.archiveImport = new ArchiveImport(tx, session, audit, clock, customers, vehicles);
        this.archiveExport = new ArchiveExport(tx, session, audit, customers);
        this.workshop = new WorkshopService(tx, session, audit);
        this.appointments = new AppointmentService(tx, session, audit, clock, customers);
        this.serviceReminders = new ServiceReminders(tx, session, clock, customers);
        this.repairOrders = new RepairOrders(tx, session, clock);
        this.intakes = new IntakeService(tx, session, audit, clock, customers, vehicles, repairOrders, appointments);
        this.intakeSheets = new IntakeSheetPrint(intakes, reports, storeProfiles, customers, clock);
        this.stockLedger = new StockLedger(session, clock);
        this.parts = new PartsService(tx, session, audit, clock);
        this.stock = new StockService(tx, session, audit, stockLedger);
        this.purchasing = new PurchasingService(tx, session, audit, stockLedger, clock);
        this.purchaseAgreements = new PurchaseAgreements(tx, session, audit, clock);
        purchasing.usePurchaseTerms(purchaseAgreements);
        this.supplierEvaluation = new SupplierEvaluation(tx, session, audit, clock);
        this.reservations = new ReservationService(tx, session, stockLedger, clock);
        this.partsFigures = new FiguresService(tx, session, clock);
        this.partsPrints = new PartsPrints(tx, session, reports, storeProfiles, clock);
        this.scorecardPrint = new SupplierScorecardPrint(reports, storeProfiles, session, clock);
        this.catalogImport = new CatalogImport(tx, session, audit, parts);
        this.stocktakes = new StocktakeService(tx, session, audit, stockLedger, clock);
        this.labourCatalog = new LabourCatalog(tx, session, audit);
        this.repairOrderService = new RepairOrderService(tx, session, audit, clock, reservations, List.of());
        // a finding's photos follow reception's photo rule (repair may not import intake)
        PhotoPreparer photoRule = (name, bytes) -> {
            PreparedPhoto p = IntakePhotos.prepare(name, bytes);
            return new PhotoFile(p.fileName(), p.width(), p.height(), p.image(), p.thumbnail());
        };
        this.findings = new FindingsService(tx, session, audit, clock, repairOrderService, photoRule);
        this.progressContacts = new ProgressContacts(tx, session, audit, clock);
        this.repairPrints = new RepairPrints(repairOrderService, findings, reports, storeProfiles, clock);
        this.dispatch = new DispatchService(tx, session, audit, clock);
        this.jobClock = new JobClockService(tx, session, audit, clock, repairOrderService);
        this.jobBoard = new JobBoardService(tx, session, clock);
        this.qcSheets = new QcSheets(tx, session);
        this.qcSignOff = new QcSignOff(tx, session, audit, clock, repairOrderService, vehicles);
        this.certificates = new CompletionCertificates(tx, session, audit, clock);
        this.guaranteePeriods = new GuaranteePeriods(tx, session, audit);
        this.roadTests = new com.fours.workbench.qc.RoadTests(tx, session, audit, clock);
        this.maintenanceIntervals = new com.fours.workbench.qc.MaintenanceIntervals(tx, session, audit, clock);
        this.fixRates = new FixRateFigures(tx, session, clock);
        this.qcChecklists = new QcChecklists(tx, session, audit);
        this.qualityOutcomes = new QcOutcomes();
        this.comebacks = new Comebacks(tx, session, audit, clock, repairOrderService);
        repairOrderService.addPayerRule(comebacks);
        repairOrderService.addGuard(new QcTransitionGuard());
        repairOrders.addOpenedHook(comebacks);
        this.complaints = new ComplaintService(tx, session, audit, clock);
        this.correctiveActions = new CorrectiveActions(tx, session, audit, clock);
        this.contactHistory = new ContactHistory(tx, session);
        this.dueReminders = new DueReminders(tx, session, audit, clock);
        repairOrders.addOpenedHook(new ComplaintComebacks(session, audit, clock));
        this.qcPrints = new QcPrints(qcSheets, reports, storeProfiles, clock);
        repairOrderService.addGuard(new CashierGuard(qualityOutcomes));
        this.cashier = new CashierService(tx, session, audit, clock, repairOrderService, qualityOutcomes);
        ReceivablesLedger ledger = new ReceivablesLedger(audit);
        this.payments = new PaymentService(tx, session, audit, clock, ledger);
        this.partsSales = new PartsSaleService(tx, session, audit, clock, reservations,
                ledger);
        this.partsSalePrints = new PartsSalePrints(tx, session, reports, storeProfiles, clock);
        this.priceList = new PriceList(tx, session, audit, clock, labourCatalog, reports, storeProfiles);
        this.discountPolicy = new DiscountPolicyService(tx, session, audit, clock, ledger);
        this.receipts = new ReceiptService(tx, session, audit, clock);
        this.receivables = new ReceivablesFigures(tx, session, clock);
        // purchase agreements will give a supplier's own payment days here (decision 0110)
        this.supplierInvoices = new SupplierInvoiceService(tx, session, audit, clock,
                (handle, supplierId, day) -> PurchaseAgreements.paymentTermsDays(handle, supplierId, day)
                        .map(java.util.OptionalInt::of).orElseGet(java.util.OptionalInt::empty));
        this.supplierPayments = new SupplierPaymentService(tx, session, audit, clock);
        this.payables = new PayablesFigures(tx, session, audit, clock);
        this.statementPrint = new StatementPrint(reports, storeProfiles, session, clock);
        this.claims = new ClaimService(tx, session, audit, clock);
        this.claimPrint = new ClaimPrint(reports, storeProfiles, session, clock);
        this.deliveries = new DeliveryService(tx, session, audit, clock, repairOrderService, qualityOutcomes);
        this.cashierPrints = new CashierPrints(tx, session, reports, storeProfiles, clock, qualityOutcomes);
        this.cashUp = new CashUpService(tx, session, audit, clock);
        this.cashUpPrint = new CashUpPrint(reports, storeProfiles, session, clock);
        this.healthRecords = new HealthRecordService(tx, session, audit, clock, storeProfiles, dataFolder);
        this.backupSettings = new BackupSettingsService(database, session, audit, clock, dataFolder, System.getenv());
        this.backups = new BackupRunner(database, session, audit, clock, dataFolder, backupSettings);
        this.restores = new RestoreService(database, session, audit, clock);
        this.backupScheduler = new BackupScheduler(backups, background, clock);
        cashUp.addDayClosedHook(backupScheduler::afterCashUp);
        this.questionnaires = new QuestionnaireService(tx, session, audit, clock);
        this.callbacks = new CallbackService(tx, session, audit, clock, questionnaires);
        this.careFigures = new CareFiguresService(tx, session, clock);
        this.home = new HomeService(tx, session, clock);
        this.dashboard = new DashboardService(tx, session, clock, background);
        this.dashboardExport = new DashboardExport(tx, session, audit);
        this.dashboardPrints = new DashboardPrints(dashboard, reports, storeProfiles, clock);
        this.trainings = new TrainingService(tx, session, audit, clock);
        this.appraisals = new AppraisalService(tx, session, audit, clock);
        this.staffPrints = new StaffPrints(appraisals, reports, storeProfiles, clock);
        this.carePrints = new CarePrints(tx, session, reports, storeProfiles, clock, careFigures);
        deliveries.addDeliveredHook(CallbackService::schedule);
        this.wasteCatalogue = new WasteCatalogue(tx, session, audit);
        this.wasteLedger = new WasteLedgerService(tx, session, audit, clock);
        this.wasteReports = new WasteReports(tx, session, clock);
        this.wastePrints = new WastePrints(tx, reports, storeProfiles, session, audit,
                clock);
        repairOrderService.addLineDoneListener(new WasteGeneration(session, clock));
        this.safety = new SafetyService(tx, session, audit, clock);
        // 5S inspections (decision 0113): their photos follow the same photo rule as a finding's
        this.fiveSChecklists = new FiveSChecklists(tx, session, audit, clock);
        this.fiveSInspections = new FiveSInspections(tx, session, audit, clock, photoRule);
        this.fiveSPrints = new FiveSPrints(tx, reports, storeProfiles, session, audit, clock);
        this.fiveSScores = new FiveSScores(tx, session, audit);
        contactHistory.addSource(ContactHistory.of(CallbackDao.class, CallbackDao::contactsOfVehicle,
                CallbackDao::contactsOfCustomer));
    }

    /** Opens the database this workstation is set to use (or the demo database) and fills the demo once. */
    public static AppServices open(Path dataFolder, boolean demo, Clock clock) {
        return open(dataFolder, demo, clock, true);
    }

    /**
     * As above; with {@code fillDemo} false an empty demo database stays empty, for the window to
     * fill it while it says so ({@link Workbench#startPreparingDemo}).
     */
    public static AppServices open(Path dataFolder, boolean demo, Clock clock, boolean fillDemo) {
        return open(dataFolder, demo, clock, fillDemo, AppServices::newExecutor);
    }

    /**
     * The launch's way (decision 0084), the services running on {@code background}, the one executor,
     * made before: a demo database not there yet is copied from the build's template, moved to today,
     * before it opens (decision 0091), {@code copyProgress} told how far the copy is (0 to 1); without a
     * template it opens empty, for the window to fill.
     */
    static AppServices open(Path dataFolder, boolean demo, Clock clock, boolean fillDemo,
                            ScheduledExecutorService background, DoubleConsumer copyProgress) {
        return open(dataFolder, demo, clock, fillDemo, () -> background, demo && !fillDemo, copyProgress);
    }

    private static AppServices open(Path dataFolder, boolean demo, Clock clock, boolean fillDemo,
                                    Supplier<ScheduledExecutorService> background) {
        return open(dataFolder, demo, clock, fillDemo, background, false, done -> { });
    }

    private static AppServices open(Path dataFolder, boolean demo, Clock clock, boolean fillDemo,
                                    Supplier<ScheduledExecutorService> background, boolean copyDemo,
                                    DoubleConsumer copyProgress) {
        DatabaseSettings settings = DatabaseChoice.resolve(dataFolder, demo, System.getenv());
        log.info("Data folder {}; database {}", dataFolder, settings.description());
        return open(settings, demo, dataFolder, clock, fillDemo, background, copyDemo, copyProgress);
    }

    public static AppServices open(DatabaseSettings settings, boolean demo, Path dataFolder, Clock clock) {
        return open(settings, demo, dataFolder, clock, true, AppServices::newExecutor, false, done -> { });
    }

    private static AppServices open(DatabaseSettings settings, boolean demo, Path dataFolder, Clock clock,
                                    boolean fillDemo, Supplier<ScheduledExecutorService> background, boolean copyDemo,
                                    DoubleConsumer copyProgress) {
        Optional<RestoreSwitch.Switched> restored = settings.embeddedFile()
                .flatMap(file -> RestoreSwitch.applyPending(file, java.time.LocalDateTime.now(clock)));
        boolean firstDemoStart = copyDemo && settings.embeddedFile().map(DemoTemplate::copyPending).orElse(false);
        Database database = copyDemo ? DemoTemplate.open(settings, clock, DemoTemplate.Source.shipped(), copyProgress)
                : Database.open(settings);
        AppServices services = new AppServices(database, demo, dataFolder, clock, background.get());
        services.firstDemoStart = firstDemoStart;
        restored.ifPresent(services.restores::recordSwitched);
        if (demo && fillDemo) {
            services.demoSeeder().seedIfEmpty();
        }
        return services;
    }

    /** The demo store's contributors ({@link DemoStoreSeeder}), writing through these services. */
    public DemoSeeder demoSeeder() {
        return DemoStoreSeeder.of(this, audit, database.transactions(), clock);
    }

    /** The one executor; scheduled too, for the daily backup ({@link BackgroundThreads}). */
    static ScheduledExecutorService newExecutor() {
        return BackgroundThreads.newExecutor();
    }

    public boolean demo() {
        return demo;
    }

    /** This start created the demo database (copied from the template or left empty to be filled). */
    boolean firstDemoStart() {
        return firstDemoStart;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public DatabaseSettings databaseSettings() {
        return database.settings();
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public ScheduledExecutorService background() {
        return background;
    }

    public Session session() {
        return session;
    }

    public AuthenticationService authentication() {
        return authentication;
    }

    public UserService users() {
        return users;
    }

    public AuditLogService auditLog() {
        return auditLog;
    }

    public StoreProfileService storeProfiles() {
        return storeProfiles;
    }

    public SetupService setup() {
        return setup;
    }

    public ReceiptService receipts() {
        return receipts;
    }

    public ReceivablesFigures receivables() {
        return receivables;
    }

    public SupplierInvoiceService supplierInvoices() {
        return supplierInvoices;
    }

    public SupplierPaymentService supplierPayments() {
        return supplierPayments;
    }

    public PayablesFigures payables() {
        return payables;
    }

    public StatementPrint statementPrint() {
        return statementPrint;
    }

    public ClaimService claims() {
        return claims;
    }

    public ClaimPrint claimPrint() {
        return claimPrint;
    }

    public ReportEngine reports() {
        return reports;
    }

    public CustomerService customers() {
        return customers;
    }

    public VehicleService vehicles() {
        return vehicles;
    }

    public ArchiveSearch archiveSearch() {
        return archiveSearch;
    }

    public ArchiveImport archiveImport() {
        return archiveImport;
    }

    public ArchiveExport archiveExport() {
        return archiveExport;
    }

    public WorkshopService workshop() {
        return workshop;
    }

    public AppointmentService appointments() {
        return appointments;
    }

    public ServiceReminders serviceReminders() {
        return serviceReminders;
    }

    public RepairOrders repairOrders() {
        return repairOrders;
    }

    public IntakeService intakes() {
        return intakes;
    }

    public IntakeSheetPrint intakeSheets() {
        return intakeSheets;
    }

    /** The one writer of stock movements; services of the warehouse post through it in their transactions. */
    public StockLedger stockLedger() {
        return stockLedger;
    }

    public PartsService parts() {
        return parts;
    }

    public StockService stock() {
        return stock;
    }

    /** Purchase agreements; {@code paymentTermsDays(supplierId, onDate)} is what the payables read. */
    public PurchaseAgreements purchaseAgreements() {
        return purchaseAgreements;
    }

    public SupplierEvaluation supplierEvaluation() {
        return supplierEvaluation;
    }

    public SupplierScorecardPrint scorecardPrint() {
        return scorecardPrint;
    }

    public PurchasingService purchasing() {
        return purchasing;
    }

    /** Parts for repair orders: reserve, release, issue, return (the API the repair-order module calls). */
    public ReservationService reservations() {
        return reservations;
    }

    public FiguresService partsFigures() {
        return partsFigures;
    }

    public PartsPrints partsPrints() {
        return partsPrints;
    }

    public CatalogImport catalogImport() {
        return catalogImport;
    }

    public StocktakeService stocktakes() {
        return stocktakes;
    }

    /** The labour catalog, the store's rates and canned jobs. */
    public LabourCatalog labourCatalog() {
        return labourCatalog;
    }

    /** Repair plans, approvals and the repair-order workflow. */
    public RepairOrderService repairOrderService() {
        return repairOrderService;
    }

    /** The printed work order and the estimate of a repair order. */
    public RepairPrints repairPrints() {
        return repairPrints;
    }

    /** The team lead gives labour lines to technicians or work groups. */
    public DispatchService dispatch() {
        return dispatch;
    }

    /** Technicians clock on and off jobs; actual against standard hours. */
    public JobClockService jobClock() {
        return jobClock;
    }

    /** Every car in the workshop in its column. */
    public JobBoardService jobBoard() {
        return jobBoard;
    }

    public FindingsService findings() {
        return findings;
    }

    public ProgressContacts progressContacts() {
        return progressContacts;
    }

    /** The QC sheet of an order and the orders QC has to look at. */
    public QcSheets qcSheets() {
        return qcSheets;
    }

    /** The three-level sign-off: passing or failing a level. */
    public QcSignOff qcSignOff() {
        return qcSignOff;
    }

    /** Which orders need a completion certificate, and issuing it. */
    public CompletionCertificates certificates() {
        return certificates;
    }

    /** The guarantee period of each repair category. */
    /** Road tests before the final check and the store's rules of which work needs one (issue 20). */
    public com.fours.workbench.qc.RoadTests roadTests() {
        return roadTests;
    }

    /** The store's maintenance intervals per brand or model: a finished maintenance sets the next one (issue 20). */
    public com.fours.workbench.qc.MaintenanceIntervals maintenanceIntervals() {
        return maintenanceIntervals;
    }

    public GuaranteePeriods guaranteePeriods() {
        return guaranteePeriods;
    }

    /** The first-time-fix figures. */
    public FixRateFigures fixRates() {
        return fixRates;
    }

    /** The QC checklist items. */
    public QcChecklists qcChecklists() {
        return qcChecklists;
    }

    /** What quality control hands on about an order (to the cashier and the delivery gate), in the caller's transaction. */
    public QualityOutcomes qualityOutcomes() {
        return qualityOutcomes;
    }

    /** The QC report and the completion certificate. */
    public QcPrints qcPrints() {
        return qcPrints;
    }

    /** Cars back inside the guarantee of an earlier order. */
    public Comebacks comebacks() {
        return comebacks;
    }

    /** Customer care's complaints, from receipt to closure. */
    public ComplaintService complaints() {
        return complaints;
    }

    /** What changes because of closed complaints. */
    public CorrectiveActions correctiveActions() {
        return correctiveActions;
    }

    /** Every contact with a customer in one time line (sources added with addSource). */
    public ContactHistory contactHistory() {
        return contactHistory;
    }

    /** The insurance-expiry and annual-inspection due lists and their calls. */
    public DueReminders dueReminders() {
        return dueReminders;
    }

    /** Settling repair orders into bills per payer, issuing, voiding and re-issuing them. */
    public CashierService cashier() {
        return cashier;
    }

    /** Payments and refunds on bills, each on its business day; closed days take no money. */
    public PaymentService payments() {
        return payments;
    }

    public PartsSaleService partsSales() {
        return partsSales;
    }

    public PartsSalePrints partsSalePrints() {
        return partsSalePrints;
    }

    public PriceList priceList() {
        return priceList;
    }

    /** Member-level discounts, manual discount limits, coupons and customers on account. */
    public DiscountPolicyService discountPolicy() {
        return discountPolicy;
    }

    /** The delivery gate, the gate pass and the customer's satisfaction at the hand-back. */
    public DeliveryService deliveries() {
        return deliveries;
    }

    /** The settlement list (A4), the 80 mm receipt, the reversal document and the gate pass. */
    public CashierPrints cashierPrints() {
        return cashierPrints;
    }

    /** The daily cash-up (日结): the day's figures and closing the day. */
    public CashUpService cashUp() {
        return cashUp;
    }

    /** The printed cash-up. */
    public CashUpPrint cashUpPrint() {
        return cashUpPrint;
    }

    /** The electronic health record (JT/T 1132) export of settled visits. */
    public HealthRecordService healthRecords() {
        return healthRecords;
    }

    /** Customer care: the callback after every delivered visit and its survey. */
    public CallbackService callbacks() {
        return callbacks;
    }

    /** The store's satisfaction questionnaire and its versions. */
    public QuestionnaireService questionnaires() {
        return questionnaires;
    }

    /** Callback rate, reach rate and CSI. */
    public CareFiguresService careFigures() {
        return careFigures;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public DashboardExport dashboardExport() {
        return dashboardExport;
    }

    public WasteCatalogue wasteCatalogue() {
        return wasteCatalogue;
    }

    public WasteLedgerService wasteLedger() {
        return wasteLedger;
    }

    public WasteReports wasteReports() {
        return wasteReports;
    }

    public WastePrints wastePrints() {
        return wastePrints;
    }

    public SafetyService safety() {
        return safety;
    }

    public FiveSChecklists fiveSChecklists() {
        return fiveSChecklists;
    }

    public FiveSInspections fiveSInspections() {
        return fiveSInspections;
    }

    public FiveSPrints fiveSPrints() {
        return fiveSPrints;
    }

    public FiveSScores fiveSScores() {
        return fiveSScores;
    }

    public DashboardPrints dashboardPrints() {
        return dashboardPrints;
    }

    public TrainingService trainings() {
        return trainings;
    }

    public AppraisalService appraisals() {
        return appraisals;
    }

    public StaffPrints staffPrints() {
        return staffPrints;
    }

    public HomeService home() {
        return home;
    }

    public CarePrints carePrints() {
        return carePrints;
    }

    /** What other workstations (and this one) changed, for the screens that show it (decision 0057). */
    public ChangeWatcher changes() {
        return changes;
    }

    /** How and where the database is backed up. */
    public BackupSettingsService backupSettings() {
        return backupSettings;
    }

    /** Taking backups (checked and rotated) and the list of those taken. */
    public BackupRunner backups() {
        return backups;
    }

    /** Restoring a backup at the next start. */
    public RestoreService restores() {
        return restores;
    }

    /** The daily backup and the one after the cash-up; started by the workbench, not by tests. */
    public BackupScheduler backupScheduler() {
        return backupScheduler;
    }

    /** Transactions for services built outside this class (the warehouse's) and for tests that seed data. */
    public Transactions transactions() {
        return database.transactions();
    }

    @Override
    public void close() {
        changes.close();
        background.shutdownNow();
        database.close();
    }
}
