package com.fours.workbench.ui;

/**
 * The workbench's own style classes, one constant per class of {@code css/workbench.css} (and of the
 * report preview's {@code report-preview.css}) that the code sets. AtlantaFX's classes (accent, danger,
 * title-4, text-muted, ...) come from {@link atlantafx.base.theme.Styles}, never from here.
 */
public final class StyleClasses {

    private StyleClasses() {
    }

    // css/workbench.css
    public static final String APPOINTMENTS = "appointments";
    public static final String ARCHIVE_CARD = "archive-card";
    public static final String ARCHIVE_CARD_HOST = "archive-card-host";
    public static final String ARCHIVE_CARD_SCROLL = "archive-card-scroll";
    public static final String ARCHIVE_DIALOG = "archive-dialog";
    public static final String ARCHIVE_FORM = "archive-form";
    public static final String ARCHIVE_RESULTS = "archive-results";
    public static final String ARCHIVE_SEARCH = "archive-search";
    public static final String ARCHIVE_SPLIT = "archive-split";
    public static final String ARCHIVE_TOP = "archive-top";
    public static final String ARRIVAL_NOTICE = "arrival-notice";
    public static final String BOOKING_VEHICLE = "booking-vehicle";
    public static final String CARD_CAPTION = "card-caption";
    public static final String CARD_SECTION = "card-section";
    public static final String CARD_SECTION_TITLE = "card-section-title";
    public static final String CARD_SUBTITLE = "card-subtitle";
    public static final String CARD_TABLE = "card-table";
    public static final String CARD_TITLE = "card-title";
    public static final String CHANGE_SUMMARY = "change-summary";
    public static final String DAMAGE_DIAGRAM = "damage-diagram";
    public static final String DUPLICATES_HEADING = "duplicates-heading";
    public static final String DUPLICATES_PANE = "duplicates-pane";
    public static final String EMPTY_STATE = "empty-state";
    public static final String EXACT_ICON = "exact-icon";
    public static final String FIELD_ERROR = "field-error";
    public static final String FIELD_HINT = "field-hint";
    public static final String FIGURE_CARD = "figure-card";
    public static final String FIGURE_VALUE = "figure-value";
    public static final String FORM_HEADING = "form-heading";
    public static final String GROUP_CARD = "group-card";
    public static final String GROUP_HOURS = "group-hours";
    public static final String GROUP_NAME = "group-name";
    public static final String INTAKE_COMMANDS = "intake-commands";
    public static final String INTAKE_HEADER = "intake-header";
    public static final String INTAKE_SECTION = "intake-section";
    public static final String INTAKE_STATUS = "intake-status";
    public static final String INTAKE_TITLE = "intake-title";
    public static final String JOB_BOARD_COLUMN = "job-board-column";
    public static final String JOB_BOARD_COLUMN_TITLE = "job-board-column-title";
    public static final String JOB_BOARD_SCROLL = "job-board-scroll";
    public static final String JOB_CARD = "job-card";
    public static final String JOB_CARD_LATE = "job-card-late";
    /** A late card whose customer has not been contacted since it became late. */
    public static final String JOB_CARD_CONTACT_DUE = "job-card-contact-due";
    /** A finding's photo shown small (the findings dialog, the approval's evidence). */
    public static final String FINDING_THUMBNAIL = "finding-thumbnail";
    /** The evidence under a line of the approval: the finding that proposed it. */
    public static final String FINDING_EVIDENCE = "finding-evidence";
    public static final String JOB_CARD_PLATE = "job-card-plate";
    public static final String JOB_CARD_PROMISED = "job-card-promised";
    public static final String JOB_CLOCK_BUTTON = "job-clock-button";
    public static final String JOB_CLOCK_CAR = "job-clock-car";
    public static final String JOB_CLOCK_LIST = "job-clock-list";
    public static final String JOB_CLOCK_MESSAGE = "job-clock-message";
    public static final String JOB_CLOCK_ON = "job-clock-on";
    public static final String JOB_CLOCK_WORK = "job-clock-work";
    public static final String LOGIN_BACKGROUND = "login-background";
    public static final String LOGIN_CARD = "login-card";
    public static final String LOGIN_STORE = "login-store";
    public static final String LOGIN_TITLE = "login-title";
    public static final String MARKER_NUMBER = "marker-number";
    public static final String NUMBER_COLUMN = "number-column";
    public static final String OVERBOOK_PANE = "overbook-pane";
    public static final String OVERBOOK_WARNING = "overbook-warning";
    public static final String PARTS_PANE = "parts-pane";
    public static final String PHOTO_PENDING = "photo-pending";
    public static final String PICKER_DETAIL = "picker-detail";
    public static final String PICKER_NAME = "picker-name";
    public static final String PICKER_SEARCH = "picker-search";
    public static final String PLAN_TITLE = "plan-title";
    public static final String PLATE_BADGE = "plate-badge";
    public static final String PLATE_CHIP = "plate-chip";
    public static final String PLATE_NONE = "plate-none";
    public static final String RECEPTION_LIST = "reception-list";
    public static final String SCAN_DONE = "scan-done";
    public static final String SCAN_FIELD = "scan-field";
    public static final String SCAN_REFUSED = "scan-refused";
    public static final String SEARCH_MORE = "search-more";
    public static final String SEARCH_STATUS = "search-status";
    public static final String SEARCH_STATUS_LINE = "search-status-line";
    public static final String SECTION = "section";
    public static final String SLOT_CHIP = "slot-chip";
    public static final String VIN = "vin";
    public static final String VIN_COLUMN = "vin-column";
    public static final String WEEK_CELL = "week-cell";
    public static final String WEEK_COUNT = "week-count";
    public static final String WEEK_DAY = "week-day";
    public static final String WEEK_GRID = "week-grid";
    public static final String WEEK_HEADER = "week-header";

    // reporting/ui/report-preview.css
    public static final String REPORT_PREVIEW_DESK = "report-preview-desk";
    public static final String REPORT_PREVIEW_PAGE = "report-preview-page";
    public static final String REPORT_PREVIEW_PAGE_LABEL = "report-preview-page-label";
    public static final String REPORT_PREVIEW_STATUS = "report-preview-status";
    public static final String REPORT_PREVIEW_ZOOM_LABEL = "report-preview-zoom-label";

    // Without a rule of their own: they name a node for lookups and tests, or a rule may come later.
    public static final String CARD_GRID = "card-grid";
    public static final String CARD_HEADER = "card-header";
    public static final String CARD_VALUE = "card-value";
    public static final String CUSTOMERS_VIEW = "customers-view";
    public static final String FORM_GRID = "form-grid";
    public static final String INTAKE_COLUMNS = "intake-columns";
    public static final String INTAKE_FORM = "intake-form";
    public static final String JOB_BOARD_CARDS = "job-board-cards";
    public static final String LINE_DECLINED = "line-declined";
    public static final String LINE_PENDING = "line-pending";
    public static final String MERGE_COMPARISON = "merge-comparison";
    public static final String PHOTO_KEPT = "photo-kept";
    public static final String PLAN_TOOLBAR = "plan-toolbar";
    public static final String PLAN_WARNING = "plan-warning";
    public static final String REPORT_PREVIEW = "report-preview";
    public static final String SEGMENTED = "segmented";
    public static final String SLOT_STRIP = "slot-strip";
    public static final String STOCKTAKE_COUNT = "stocktake-count";
    public static final String STOCKTAKE_LEFT = "stocktake-left";
    public static final String STOCKTAKE_VIEW = "stocktake-view";

    /** Followed by the plate's colour (blue, yellow, green, ...): the stylesheet colours the plate badge by it. */
    public static final String PLATE_PREFIX = "plate-";

    // the home page (今日)
    public static final String HOME_CARD = "home-card";
    public static final String HOME_CARD_LATE = "home-card-late";
    public static final String HOME_COUNT = "home-count";
    public static final String HOME_OVERDUE = "home-overdue";
    public static final String HOME_ITEM = "home-item";
    public static final String HOME_ITEM_LATE = "home-item-late";

    /** The manager's dashboard: its charts' colours. */
    public static final String DASHBOARD = "dashboard";
}
