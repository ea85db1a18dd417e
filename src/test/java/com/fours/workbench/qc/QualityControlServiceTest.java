package com.fours.workbench.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The three-level sign-off, rework loops, the certificate and its numbers, guarantee periods and
 * comebacks, on a real H2 database through the real repair workflow.
 */
class QualityControlServiceTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    // 2026-11-27 10:00 in Shanghai
    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private QcFixture x;
    private QcSignOff signOff;
    private QcSheets sheets;
    private CompletionCertificates certificates;
    private GuaranteePeriods periods;
    private FixRateFigures figures;
    private RepairOrderService repair;

    @BeforeEach
    void setUp() {
        x = new QcFixture(clock);
        signOff = x.services.qcSignOff();
        sheets = x.services.qcSheets();
        certificates = x.services.certificates();
        periods = x.services.guaranteePeriods();
        figures = x.services.fixRates();
        repair = x.services.repairOrderService();
    }

    @AfterEach
    void tearDown() {
        x.close();
    }

    private static String refusal(ThrowingCallable call, String expectedKey) {
        BusinessRuleException refused = catchThrowableOfType(call, BusinessRuleException.class);
        assertThat(refused).as("refused with " + expectedKey).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(expectedKey);
        return ENGLISH.of(refused);
    }

    private QualityOutcome outcome(long order) {
        return x.services.transactions().read(h -> x.services.qualityOutcomes().of(h, order));
    }

    @Test
    void threeUsersSignInTurnAndThePassedFinalCheckSendsTheOrderToSettlementWithItsGuarantee() {
        long order = x.orderInQc(32000);
        x.as("sunli");
        QcSheet sheet = sheets.sheet(order);
        assertThat(sheet.waitingFor()).isEqualTo(QcLevel.SELF_CHECK);
        assertThat(sheet.roundNo()).isEqualTo(1);
        assertThat(sheet.certificateRequired()).isTrue();
        assertThat(sheet.checklist()).extracting(ChecklistItem::textZh)
                .containsExactly("火花塞拧紧力矩 25 N·m", "车辆清洁，无油污");
        assertThat(sheets.orders()).extracting(QcOrderRow::orderNumber, QcOrderRow::waitingFor)
                .containsExactly(tuple(sheet.orderNumber(), QcLevel.SELF_CHECK));

        x.as("zhangwei");
        sheet = signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null);
        assertThat(sheet.waitingFor()).isEqualTo(QcLevel.RECHECK);
        clock.advance(Duration.ofMinutes(10));
        x.as("wanggang");
        sheet = signOff.pass(order, QcLevel.RECHECK, x.allPass(order), null);
        assertThat(sheet.waitingFor()).isEqualTo(QcLevel.FINAL_CHECK);
        clock.advance(Duration.ofMinutes(10));
        x.as("sunli");
        sheet = signOff.pass(order, QcLevel.FINAL_CHECK, x.allPass(order), "32,050");

        assertThat(sheet.status()).isEqualTo(RepairOrderStatus.READY_FOR_SETTLEMENT);
        assertThat(sheet.waitingFor()).isNull();
        assertThat(sheet.signatures()).extracting(Signature::level, Signature::username, Signature::signedAs,
                Signature::passed).containsExactly(
                tuple(QcLevel.SELF_CHECK, "zhangwei", Role.TECHNICIAN, true),
                tuple(QcLevel.RECHECK, "wanggang", Role.TEAM_LEAD, true),
                tuple(QcLevel.FINAL_CHECK, "sunli", Role.QC_INSPECTOR, true));
        assertThat(sheet.signatures().get(2).signedAt()).isEqualTo(clock.instant());
        assertThat(sheet.signatures().get(0).items()).extracting(ItemOutcome::result)
                .containsOnly(ItemResult.PASS).hasSize(2);
        Release release = sheet.release();
        assertThat(release.exitDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(release.exitMileage()).isEqualTo(32050);
        long car = x.f.vehicle.id();
        assertThat(x.count("SELECT mileage FROM vehicle WHERE id = " + car))
                .as("the road test's reading is the car's mileage now").isEqualTo(32050);
        assertThat(x.count("SELECT COUNT(*) FROM mileage_reading WHERE vehicle_id = " + car
                + " AND mileage = 32050 AND recorded_by = 'sunli'")).as("and a reading in its history").isEqualTo(1);
        assertThat(release.guaranteeCategory()).isEqualTo(RepairCategory.SECOND_LEVEL_MAINTENANCE);
        assertThat(release.guaranteeUntil()).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(release.guaranteeUntilKm()).isEqualTo(37050);
        assertThat(release.rounds()).isEqualTo(1);
        assertThat(x.count("SELECT COUNT(*) FROM audit_log WHERE action = 'QC_LEVEL_PASSED'")).isEqualTo(3);

        QualityOutcome outcome = outcome(order);
        assertThat(outcome.finalCheckPassed()).isTrue();
        assertThat(outcome.inspectorName()).isEqualTo("sunli 测试");
        assertThat(outcome.guaranteeUntil()).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(outcome.guaranteeUntilKm()).isEqualTo(37050);
        assertThat(outcome.certificateRequired()).isTrue();
        assertThat(outcome.releasable()).as("not without its certificate").isFalse();

        Certificate certificate = certificates.issueCertificate(order);
        assertThat(certificate.number()).isEqualTo("JG2026-000001");
        assertThat(certificate.customerName()).isEqualTo("张伟");
        assertThat(certificate.plate()).isEqualTo("粤A12345");
        assertThat(certificate.vehicleType()).isEqualTo("广汽丰田 凯美瑞");
        assertThat(certificate.shopName()).isEqualTo("广州骏达丰田汽车销售服务有限公司");
        assertThat(certificate.shopPhone()).isEqualTo("020-38861234");
        assertThat(certificate.repairCategory()).isEqualTo(RepairCategory.SECOND_LEVEL_MAINTENANCE);
        assertThat(certificate.exitMileage()).isEqualTo(32050);
        assertThat(certificate.inspector()).isEqualTo("sunli 测试");
        assertThat(outcome(order).certificateNumber()).isEqualTo("JG2026-000001");
        assertThat(outcome(order).releasable()).isTrue();
    }

    @Test
    void signingOutOfTurnTwiceAsARoleNotHeldOrWithoutHavingWorkedIsRefusedAndNothingIsSaved() {
        long order = x.orderInQc(32000);
        x.as("wanggang");
        assertThat(refusal(() -> signOff.pass(order, QcLevel.RECHECK, x.allPass(order), null), "qc.levelBelowMissing"))
                .isEqualTo("The Re-check cannot be signed yet: the Self-check comes first.");
        x.as("lihua");
        assertThat(refusal(() -> signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null), "qc.notWorkedOn"))
                .startsWith("lihua 测试 did not work on RO");
        x.as("zhoujie");
        assertThat(refusal(() -> signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null), "qc.roleNotHeld"))
                .isEqualTo("This level is signed as Technician, a role you do not hold.");
        x.as("sunli");
        refusal(() -> signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null), "qc.roleNotHeld");

        x.as("zhangwei");
        refusal(() -> signOff.pass(order, QcLevel.SELF_CHECK, List.of(ItemCheck.pass(x.torque.id())), null), "qc.itemsMissing");
        List<ItemCheck> oneFailed = List.of(ItemCheck.pass(x.clean.id()),
                new ItemCheck(x.torque.id(), ItemResult.FAIL, "力矩不足"));
        assertThat(refusal(() -> signOff.pass(order, QcLevel.SELF_CHECK, oneFailed, null), "qc.failedItemOnPass"))
                .contains("火花塞拧紧力矩");
        InvalidFieldsException noReason = catchThrowableOfType(
                () -> signOff.fail(order, QcLevel.SELF_CHECK, oneFailed, "  "), InvalidFieldsException.class);
        assertThat(noReason.byField()).containsOnlyKeys(QcSignOff.REASON);
        assertThat(x.count("SELECT COUNT(*) FROM qc_signature")).as("nothing half-saved").isZero();
        assertThat(x.count("SELECT COUNT(*) FROM qc_item_result")).isZero();

        signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null);
        assertThat(refusal(() -> signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null), "qc.levelSigned"))
                .isEqualTo("The Self-check of round 1 is already signed.");
        x.as("sunli");
        refusal(() -> signOff.pass(order, QcLevel.FINAL_CHECK, x.allPass(order), null), "qc.levelBelowMissing");
        assertThat(x.count("SELECT COUNT(*) FROM qc_signature")).isEqualTo(1);
    }

    @Test
    void oneUserHoldingTwoRolesSignsOnlyOneLevelOfAnOrder() {
        x.services.authentication().logout();
        var both = TestWorkbench.addUser(x.services, "liqiang", "Start2026", Role.TECHNICIAN, Role.TEAM_LEAD);
        long order = x.receive(32000);
        // liqiang had the job first, then zhangwei finished it
        x.as("lina");
        var plan = repair.addLine(order, repair.plan(order).version(), com.fours.workbench.repair.LineInput.labour(
                x.plugs.id(), com.fours.workbench.repair.RepairFixture.q("0.8"), com.fours.workbench.repair.Payer.CUSTOMER),
                false);
        plan = repair.approve(order, plan.version(), com.fours.workbench.repair.ApprovalInput.counter("张伟"));
        long line = plan.lines().get(0).id();
        x.as("wanggang");
        x.services.dispatch().assign(line, com.fours.workbench.repair.DispatchTarget.technician(both.id(), "liqiang"));
        x.as("liqiang");
        x.services.jobClock().clockOn(line);
        clock.advance(Duration.ofMinutes(30));
        x.services.jobClock().clockOff(line, com.fours.workbench.repair.JobClockReason.FINISHED);
        x.sendToQc(order);

        x.as("liqiang");
        signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null);
        assertThat(refusal(() -> signOff.pass(order, QcLevel.RECHECK, x.allPass(order), null), "qc.sameSigner"))
                .startsWith("liqiang 测试 already signed the Self-check of RO");
        x.as("wanggang");
        assertThat(signOff.pass(order, QcLevel.RECHECK, x.allPass(order), null).waitingFor()).isEqualTo(QcLevel.FINAL_CHECK);
    }

    @Test
    void aFailedRecheckSendsTheOrderBackToReworkAndTheNextRoundStartsAtTheSelfCheck() {
        long order = x.orderInQc(32000);
        x.as("lina");
        int version = repair.plan(order).version();
        assertThat(refusal(() -> repair.transition(order, version, RepairOrderStatus.IN_PROGRESS),
                "qc.reworkNeedsFailure")).contains("failing the check with the reason");
        x.as("sunli");
        refusal(() -> repair.transition(order, version, RepairOrderStatus.READY_FOR_SETTLEMENT), "qc.finalCheckMissing");

        x.as("zhangwei");
        signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null);
        x.as("wanggang");
        QcSheet sheet = signOff.fail(order, QcLevel.RECHECK, List.of(new ItemCheck(x.torque.id(), ItemResult.FAIL, "第 3 缸力矩不足")),
                "火花塞力矩不足，重新紧固");
        assertThat(sheet.status()).isEqualTo(RepairOrderStatus.IN_PROGRESS);
        assertThat(sheet.roundNo()).isEqualTo(2);
        assertThat(sheet.waitingFor()).isNull();
        assertThat(sheet.failures()).isEqualTo(1);
        assertThat(sheet.signatures().get(1).reason()).isEqualTo("火花塞力矩不足，重新紧固");
        assertThat(sheet.signatures().get(1).items()).extracting(ItemOutcome::itemText, ItemOutcome::result, ItemOutcome::note)
                .containsExactly(tuple("火花塞拧紧力矩 25 N·m", ItemResult.FAIL, "第 3 缸力矩不足"));
        assertThat(x.count("SELECT COUNT(*) FROM audit_log WHERE action = 'QC_LEVEL_FAILED'")).isEqualTo(1);
        x.as("wanggang");
        refusal(() -> signOff.pass(order, QcLevel.RECHECK, x.allPass(order), null), "qc.notInQc");

        // the technician reworks and sends it back: a new round at the self-check
        x.sendToQc(order);
        x.as("sunli");
        assertThat(sheets.sheet(order).waitingFor()).isEqualTo(QcLevel.SELF_CHECK);
        assertThat(sheets.sheet(order).currentRound()).isEmpty();
        sheet = x.passAll(order, "");
        assertThat(sheet.status()).isEqualTo(RepairOrderStatus.READY_FOR_SETTLEMENT);
        assertThat(sheet.release().rounds()).isEqualTo(2);
        assertThat(sheet.release().exitMileage()).as("the intake mileage when none is recorded").isEqualTo(32000);
        assertThat(sheet.signatures()).extracting(Signature::roundNo, Signature::level, Signature::passed).containsExactly(
                tuple(1, QcLevel.SELF_CHECK, true), tuple(1, QcLevel.RECHECK, false),
                tuple(2, QcLevel.SELF_CHECK, true), tuple(2, QcLevel.RECHECK, true), tuple(2, QcLevel.FINAL_CHECK, true));
    }

    @Test
    void theExitMileageCannotBeBelowTheIntakeReading() {
        long order = x.orderInQc(32000);
        x.as("zhangwei");
        signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null);
        x.as("wanggang");
        signOff.pass(order, QcLevel.RECHECK, x.allPass(order), null);
        x.as("sunli");
        InvalidFieldsException below = catchThrowableOfType(
                () -> signOff.pass(order, QcLevel.FINAL_CHECK, x.allPass(order), "31999"), InvalidFieldsException.class);
        assertThat(ENGLISH.of(below.byField().get(QcSignOff.EXIT_MILEAGE)))
                .isEqualTo("The odometer at exit cannot be below the 32,000 km at intake.");
        InvalidFieldsException text = catchThrowableOfType(
                () -> signOff.pass(order, QcLevel.FINAL_CHECK, x.allPass(order), "abc"), InvalidFieldsException.class);
        assertThat(text.byField()).containsOnlyKeys(QcSignOff.EXIT_MILEAGE);
        assertThat(sheets.sheet(order).status()).isEqualTo(RepairOrderStatus.IN_QC);
    }

    @Test
    void aCertificateIsRefusedBeforeTheFinalCheckAndTwiceAndTheDeliveryWaitsForIt() {
        long order = x.orderInQc(32000);
        x.as("sunli");
        assertThat(refusal(() -> certificates.issueCertificate(order), "qc.certificateBeforeFinal"))
                .contains("after its final check passed");
        x.passAll(order, null);
        x.as("zhoujie");
        // settled by the cashier (bills issued, the customer's paid): only the certificate holds the car
        var bills = x.services.cashier().settle(order, repair.plan(order).version(),
                com.fours.workbench.cashier.SettlementInput.plain(), null);
        x.services.payments().pay(bills.get(0).id(), com.fours.workbench.cashier.PaymentInput.today(
                com.fours.workbench.cashier.PaymentMethod.BANK_CARD, bills.get(0).due().toPlainString()));
        int settled = repair.plan(order).version();
        assertThat(refusal(() -> repair.transition(order, settled, RepairOrderStatus.DELIVERED), "qc.certificateMissing"))
                .contains("needs its completion certificate");
        x.as("sunli");
        certificates.issueCertificate(order);
        assertThat(refusal(() -> certificates.issueCertificate(order), "qc.certificateIssued")).contains("JG2026-000001");
        x.as("zhoujie");
        assertThat(repair.transition(order, settled, RepairOrderStatus.DELIVERED).status())
                .isEqualTo(RepairOrderStatus.DELIVERED);
    }

    @Test
    void anOrderWithoutCertifiedCategoriesNeedsNoCertificateButMayHaveOne() {
        x.as("zhoujie");
        long order = x.toQc(x.receive(32000), x.f.alignment);
        QcSheet sheet = x.passAll(order, null);
        assertThat(sheet.certificateRequired()).isFalse();
        assertThat(sheet.checklist()).extracting(ChecklistItem::textZh).containsExactly("路试无异响", "车辆清洁，无油污");
        assertThat(sheet.release().guaranteeUntil()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(sheet.release().guaranteeUntilKm()).isEqualTo(34000);
        assertThat(outcome(order).releasable()).isTrue();
        x.as("sunli");
        assertThat(certificates.issueCertificate(order).repairCategory()).isEqualTo(RepairCategory.MINOR_REPAIR);
    }

    /** Seeds orders as if their final checks had passed, so numbers can be taken quickly. */
    private int odometer = 32000;

    private List<Long> releasedOrders(int count) {
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            orders.add(x.receive(odometer++));
        }
        long sunli = x.services.transactions().read(h -> h.createQuery("SELECT id FROM app_user WHERE username = 'sunli'")
                .mapTo(Long.class).one());
        x.services.transactions().useTransaction(h -> {
            for (long order : orders) {
                long sig = h.createUpdate("""
                        INSERT INTO qc_signature (repair_order_id, round_no, level, passed, user_id, username, signed_as, signed_at)
                        VALUES (:o, 1, 'FINAL_CHECK', TRUE, :u, 'sunli', 'QC_INSPECTOR', :at)
                        """).bind("o", order).bind("u", sunli).bind("at", clock.instant())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                h.createUpdate("""
                        INSERT INTO qc_release (repair_order_id, signature_id, rounds, exit_date, exit_mileage,
                            guarantee_category, guarantee_days, guarantee_km, guarantee_until, guarantee_until_km)
                        VALUES (:o, :s, 1, DATE '2026-11-27', 32000, 'MINOR_REPAIR', 10, 2000, DATE '2026-12-07', 34000)
                        """).bind("o", order).bind("s", sig).execute();
            }
        });
        return orders;
    }

    @Test
    void twoWorkstationsTakingCertificateNumbersAtOnceGetNoGapAndNoDuplicate() throws Exception {
        List<Long> orders = releasedOrders(16);
        x.as("sunli");
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Object>> done = new ArrayList<>();
            for (int desk = 0; desk < 2; desk++) {
                List<Long> mine = orders.subList(desk * 8, desk * 8 + 8);
                Callable<Object> work = () -> {
                    start.await();
                    for (long order : mine) {
                        while (true) {
                            try {
                                numbers.add(certificates.issueCertificate(order).number());
                                break;
                            } catch (BusinessRuleException busy) {
                                assertThat(busy.messageKey()).isEqualTo("qc.busy");
                            }
                        }
                    }
                    return null;
                };
                done.add(desks.submit(work));
            }
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            desks.shutdownNow();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            expected.add(CompletionCertificates.number(2026, i));
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(x.count("SELECT COUNT(DISTINCT number) FROM qc_certificate")).isEqualTo(16);

        // a refused issue gives nothing away, and a new year starts at 1
        refusal(() -> certificates.issueCertificate(orders.get(0)), "qc.certificateIssued");
        long next = releasedOrders(1).get(0);
        x.as("sunli");
        assertThat(certificates.issueCertificate(next).number()).isEqualTo("JG2026-000017");
        clock.advance(Duration.ofDays(40));
        long newYear = releasedOrders(1).get(0);
        x.as("sunli");
        assertThat(certificates.issueCertificate(newYear).number()).isEqualTo("JG2027-000001");
    }

    @ParameterizedTest
    @EnumSource(RepairCategory.class)
    void theGuaranteeEndsAtTheLastDayAndTheLastKmWhicheverComesFirst(RepairCategory category) {
        GuaranteePeriod p = GuaranteePeriod.statutory(category);
        LocalDate exit = LocalDate.of(2026, 11, 27);
        Guarantee g = Guarantee.of(List.of(p), exit, 32000);
        int days = switch (category) {
            case WHOLE_VEHICLE_REPAIR, ASSEMBLY_REPAIR -> 100;
            case SECOND_LEVEL_MAINTENANCE -> 30;
            default -> 10;
        };
        int km = switch (category) {
            case WHOLE_VEHICLE_REPAIR, ASSEMBLY_REPAIR -> 20000;
            case SECOND_LEVEL_MAINTENANCE -> 5000;
            default -> 2000;
        };
        assertThat(g.until()).isEqualTo(exit.plusDays(days));
        assertThat(g.covers(exit.plusDays(days), 32000)).as("last day inside").isTrue();
        assertThat(g.covers(exit.plusDays(days + 1), 32000)).as("first day outside").isFalse();
        assertThat(g.covers(exit, 32000 + km)).as("last km inside").isTrue();
        assertThat(g.covers(exit, 32000 + km + 1)).as("first km outside").isFalse();
        assertThat(g.covers(exit.plusDays(1), 32000 + km + 1)).as("km first").isFalse();
        assertThat(g.covers(exit.plusDays(days + 1), 32001)).as("days first").isFalse();
    }

    @Test
    void theLongestPeriodOfTheChargedCategoriesCountsAndTheStoreMayPromiseMoreButNeverLess() {
        Guarantee mixed = Guarantee.of(List.of(GuaranteePeriod.statutory(RepairCategory.MINOR_REPAIR),
                GuaranteePeriod.statutory(RepairCategory.ASSEMBLY_REPAIR)), LocalDate.of(2026, 1, 1), 1000);
        assertThat(mixed.category()).isEqualTo(RepairCategory.ASSEMBLY_REPAIR);
        assertThat(mixed.until()).isEqualTo(LocalDate.of(2026, 4, 11));
        assertThat(mixed.untilKm()).isEqualTo(21000);

        x.as("sunli");
        InvalidFieldsException shorter = catchThrowableOfType(
                () -> periods.setGuaranteePeriod(RepairCategory.SECOND_LEVEL_MAINTENANCE, "29", "4999"), InvalidFieldsException.class);
        assertThat(shorter.byField()).containsOnlyKeys("days", "km");
        assertThat(ENGLISH.of(shorter.byField().get("days"))).isEqualTo("Not less than the statutory 30 days.");
        periods.setGuaranteePeriod(RepairCategory.SECOND_LEVEL_MAINTENANCE, "60", "8000");
        assertThat(periods.guaranteePeriods()).filteredOn(p -> p.category() == RepairCategory.SECOND_LEVEL_MAINTENANCE)
                .extracting(GuaranteePeriod::days, GuaranteePeriod::km, GuaranteePeriod::storeSet)
                .containsExactly(tuple(60, 8000, true));
        assertThat(x.count("SELECT COUNT(*) FROM audit_log WHERE action = 'QC_GUARANTEE_PERIOD_SET'")).isEqualTo(1);

        long order = x.orderInQc(32000);
        QcSheet sheet = x.passAll(order, null);
        assertThat(sheet.release().guaranteeUntil()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(sheet.release().guaranteeUntilKm()).isEqualTo(40000);
        x.as("zhangwei");
        refusal(() -> periods.setGuaranteePeriod(RepairCategory.PAINT, "20", "3000"), "security.accessDenied");
    }

    @Test
    void aCarBackInsideTheGuaranteeIsLinkedToItsEarlierOrderAndOneBackOutsideIsNot() {
        long first = x.orderInQc(32000);
        String firstNumber = x.passAll(first, null).orderNumber();
        // level-2 maintenance: 30 days or 5,000 km from 2026-11-27 and 32,000 km
        clock.advance(Duration.ofDays(30));
        x.as("lina");
        assertThat(x.services.comebacks().covering(x.f.vehicle.id(), 37000)).get()
                .extracting(Comeback::earlierOrderNumber).isEqualTo(firstNumber);
        assertThat(x.services.comebacks().covering(x.f.vehicle.id(), 37001)).isEmpty();
        long back = x.receive(37000);
        QualityOutcome outcome = outcome(back);
        assertThat(outcome.comeback()).isTrue();
        assertThat(outcome.comebackOfOrderNumber()).isEqualTo(firstNumber);
        assertThat(x.count("SELECT COUNT(*) FROM audit_log WHERE action = 'QC_COMEBACK_LINKED'")).isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        long late = x.receive(37000);
        assertThat(outcome(late).comeback()).as("the 31st day is outside").isFalse();
    }

    @Test
    void theFirstTimeFixRateCountsOrdersPassedInTheFirstRoundPerTechnicianAndWorkGroup() {
        x.as("wanggang");
        var mechanics = x.services.workshop().createGroup("机修组", 1);
        x.services.workshop().setMembers(mechanics.id(), java.util.Set.of(x.zhangwei.id()));
        long first = x.orderInQc(32000);
        x.passAll(first, null);
        long second = x.orderInQc(32100);
        x.as("zhangwei");
        signOff.pass(second, QcLevel.SELF_CHECK, x.allPass(second), null);
        x.as("wanggang");
        signOff.fail(second, QcLevel.RECHECK, x.allPass(second), "路试异响");
        x.sendToQc(second);
        x.passAll(second, null);
        long open = x.orderInQc(32200);

        x.as("zhoujie");
        LocalDate today = LocalDate.of(2026, 11, 27);
        List<FixRate> rates = figures.fixRates(today, today, "全店");
        assertThat(rates).extracting(FixRate::name, FixRate::workGroup, FixRate::finished, FixRate::firstTime,
                FixRate::failedRounds).containsExactly(
                tuple("全店", true, 2, 1, 1), tuple("机修组", true, 2, 1, 1), tuple("zhangwei 测试", false, 2, 1, 1));
        assertThat(rates.get(0).percent()).isEqualByComparingTo("50.0");
        assertThat(figures.fixRates(today.plusDays(1), today.plusDays(2), "全店").get(0).percent()).isNull();
        refusal(() -> figures.fixRates(today, today.minusDays(1), "全店"), "qc.periodBackwards");
        assertThat(open).isPositive();
    }

    @Test
    void theLabourOfAComebackIsTheStoresUnlessAManagerOverridesTheChargeWithAReason() {
        long first = x.orderInQc(32000);
        x.passAll(first, null);
        clock.advance(Duration.ofDays(5));
        long back = x.receive(33000);
        x.as("lina");
        var plan = repair.addLine(back, repair.plan(back).version(), com.fours.workbench.repair.LineInput.labour(
                x.plugs.id(), com.fours.workbench.repair.RepairFixture.q("0.8"), com.fours.workbench.repair.Payer.CUSTOMER),
                false);
        plan = repair.addLine(back, plan.version(), com.fours.workbench.repair.LineInput.part(x.f.filter.id(),
                com.fours.workbench.repair.RepairFixture.q("1"), com.fours.workbench.repair.Payer.CUSTOMER), false);
        assertThat(plan.lines()).extracting(l -> l.payer()).containsExactly(com.fours.workbench.repair.Payer.INTERNAL,
                com.fours.workbench.repair.Payer.CUSTOMER);
        long labour = plan.lines().get(0).id();
        int version = plan.version();
        refusal(() -> x.services.comebacks().overrideCharge(back, version, labour,
                com.fours.workbench.repair.Payer.CUSTOMER, "客户要求加做"), "security.accessDenied");

        x.as("zhoujie");
        assertThat(x.services.comebacks().openLines()).extracting(ComebackLine::lineId, ComebackLine::payer,
                ComebackLine::overridden).containsExactly(tuple(labour, com.fours.workbench.repair.Payer.INTERNAL, false));
        InvalidFieldsException noReason = catchThrowableOfType(() -> x.services.comebacks().overrideCharge(back, version,
                labour, com.fours.workbench.repair.Payer.CUSTOMER, " "), InvalidFieldsException.class);
        assertThat(noReason.byField()).containsOnlyKeys(Comebacks.REASON);
        plan = x.services.comebacks().overrideCharge(back, version, labour, com.fours.workbench.repair.Payer.CUSTOMER,
                "火花塞为客户自带件，非本店质量问题");
        assertThat(plan.lines().get(0).payer()).isEqualTo(com.fours.workbench.repair.Payer.CUSTOMER);
        assertThat(x.count("SELECT COUNT(*) FROM audit_log WHERE action = 'QC_COMEBACK_CHARGE_OVERRIDDEN'")).isEqualTo(1);
        assertThat(x.services.comebacks().openLines()).extracting(ComebackLine::payer, ComebackLine::overridden)
                .containsExactly(tuple(com.fours.workbench.repair.Payer.CUSTOMER, true));

        x.as("lina");
        long other = x.receive(33100);
        refusal(() -> x.services.comebacks().overrideCharge(other, 0, labour, com.fours.workbench.repair.Payer.CUSTOMER,
                "x"), "security.accessDenied");
    }
}
