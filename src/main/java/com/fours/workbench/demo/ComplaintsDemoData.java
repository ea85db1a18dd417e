package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.care.Complaint;
import com.fours.workbench.care.ComplaintCategory;
import com.fours.workbench.care.ComplaintChannel;
import com.fours.workbench.care.ComplaintDao;
import com.fours.workbench.care.DeliveredVisit;
import com.fours.workbench.care.DueReminderDao;
import com.fours.workbench.security.UserDao;
import com.fours.workbench.care.ComplaintSeverity;
import com.fours.workbench.care.ComplaintStepKind;
import com.fours.workbench.care.DueReminderKind;
import com.fours.workbench.care.DueReminderOutcome;
import com.fours.workbench.cashier.Coupon;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.cashier.DiscountPolicyService;

/**
 * The demo's complaints about delivered visits: one just received, one past its acknowledge
 * deadline, one past its resolve deadline with a solution not yet confirmed, one with a solution
 * agreed, and two closed (one with goodwill and a corrective action), owned by the care agent 黄丽
 * and closed by the manager; and two calls from the insurance due list. Runs after the cash-up (70).
 */
public final class ComplaintsDemoData implements DemoDataContributor {

    static final String AGENT = "care";
    static final String MANAGER = "manager";

    private final Clock clock;

    public ComplaintsDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.complaints";
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        List<DeliveredVisit> visits = handle.attach(ComplaintDao.class).latestDeliveredVisits(6);
        if (visits.size() < 6) {
            return;
        }
        long agent = handle.attach(UserDao.class).idOf(AGENT);
        Instant now = clock.instant();
        ComplaintDao dao = handle.attach(ComplaintDao.class);

        insert(dao, visits.get(0), agent, now.minus(Duration.ofMinutes(20)), ComplaintChannel.COUNTER,
                ComplaintCategory.WAITING_TIME, ComplaintSeverity.LOW, "说好一小时取车，等了两个半小时");

        insert(dao, visits.get(1), agent, now.minus(Duration.ofHours(5)), ComplaintChannel.PHONE,
                ComplaintCategory.REPAIR_QUALITY, ComplaintSeverity.HIGH, "刚做完保养，发动机故障灯又亮了");

        Complaint late = insert(dao, visits.get(2), agent, now.minus(Duration.ofDays(4)), ComplaintChannel.ONLINE,
                ComplaintCategory.PRICE, ComplaintSeverity.MEDIUM, "结算时工时费比报价多了 120 元，没人解释");
        Instant at = late.receivedAt().plus(Duration.ofMinutes(40));
        dao.acknowledge(late.id(), late.version(), "ACKNOWLEDGED", at);
        dao.insertStep(late.id(), ComplaintStepKind.ACKNOWLEDGED.name(), "已致电客户说明会核实", AGENT, at);
        at = at.plus(Duration.ofHours(2));
        dao.agreeSolution(late.id(), late.version() + 1, "退还多收的工时费 120 元", at);
        dao.insertStep(late.id(), ComplaintStepKind.SOLUTION.name(), "退还多收的工时费 120 元", AGENT, at);

        Complaint agreed = insert(dao, visits.get(3), agent, now.minus(Duration.ofHours(26)), ComplaintChannel.CALLBACK,
                ComplaintCategory.SERVICE_ATTITUDE, ComplaintSeverity.MEDIUM, "回访时说接待顾问态度冷淡，问问题不耐烦");
        at = agreed.receivedAt().plus(Duration.ofMinutes(30));
        dao.investigate(agreed.id(), agreed.version(), "与顾问面谈并调取接待录音", "当天接待量大，顾问未按流程解释", "前台接待组");
        dao.insertStep(agreed.id(), ComplaintStepKind.INVESTIGATION.name(), "与顾问面谈并调取接待录音", AGENT, at);
        at = at.plus(Duration.ofHours(1));
        dao.agreeSolution(agreed.id(), agreed.version() + 1, "服务经理致电道歉，下次保养赠送免费洗车", at);
        dao.insertStep(agreed.id(), ComplaintStepKind.SOLUTION.name(), "服务经理致电道歉，下次保养赠送免费洗车", AGENT, at);

        Complaint goodwill = closed(handle, dao, visits.get(4), agent, now.minus(Duration.ofDays(10)),
                ComplaintChannel.MAKER_HOTLINE, ComplaintCategory.REPAIR_QUALITY, "更换刹车片后仍有异响，来回跑了两趟",
                "免费重新检修刹车并赠送下次保养工时费 200 元");
        LocalDate today = LocalDate.now(clock);
        Coupon coupon = DiscountPolicyService.issueForVehicle(handle, "GW-" + goodwill.number(), CouponKind.VALUE,
                new BigDecimal("200.00"), today.minusDays(9), today.plusMonths(6), "投诉补偿：下次保养工时费",
                goodwill.vehicleId(), AGENT, goodwill.receivedAt().plus(Duration.ofHours(3)));
        dao.goodwillAsOf(goodwill.id(), coupon.id());
        dao.insertStep(goodwill.id(), ComplaintStepKind.GOODWILL.name(), coupon.code() + ": ¥200.00", AGENT,
                goodwill.receivedAt().plus(Duration.ofHours(3)));
        dao.insertAction(goodwill.id(), "制动系统作业后一律路试并由质检签字", "王刚", today.plusDays(14), MANAGER,
                goodwill.receivedAt().plus(Duration.ofDays(3)));

        closed(handle, dao, visits.get(5), agent, now.minus(Duration.ofDays(20)), ComplaintChannel.AUTHORITY_12315,
                ComplaintCategory.PARTS, "机油滤清器等了一周才到货", "配件到货当天上门取送车，免收本次工时费");

        handle.attach(DueReminderDao.class).insuranceCallsAsOf(DueReminderKind.INSURANCE.name(),
                DueReminderOutcome.REMINDED.name(), "客户说到期前来店续保", AGENT, now.minus(Duration.ofDays(1)), today,
                today.plusWeeks(8), 2);
    }

    private Complaint insert(ComplaintDao dao, DeliveredVisit visit, long agent, Instant received, ComplaintChannel channel,
                             ComplaintCategory category, ComplaintSeverity severity, String words) {
        String prefix = "TS" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE
                .format(LocalDate.ofInstant(received, clock.getZone())) + "-";
        String number = prefix + String.format("%04d", dao.countNumbered(prefix + "%") + 1);
        long id = dao.insert(number, channel.name(), category.name(), severity.name(), visit.customerId(),
                visit.vehicleId(), visit.id(), null, words, agent, received, received.plus(Duration.ofHours(1)),
                received.plus(Duration.ofHours(3)), received.plus(Duration.ofHours(72)), AGENT);
        dao.insertStep(id, ComplaintStepKind.RECEIVED.name(), words, AGENT, received);
        return dao.find(id).orElseThrow();
    }

    private Complaint closed(Handle handle, ComplaintDao dao, DeliveredVisit visit, long agent, Instant received,
                             ComplaintChannel channel, ComplaintCategory category, String words, String solution) {
        Complaint c = insert(dao, visit, agent, received, channel, category, ComplaintSeverity.MEDIUM, words);
        Instant at = received.plus(Duration.ofMinutes(35));
        dao.acknowledge(c.id(), 0, "ACKNOWLEDGED", at);
        dao.insertStep(c.id(), ComplaintStepKind.ACKNOWLEDGED.name(), "已向客户致歉并说明处理流程", AGENT, at);
        at = received.plus(Duration.ofHours(2));
        dao.agreeSolution(c.id(), 1, solution, at);
        dao.insertStep(c.id(), ComplaintStepKind.SOLUTION.name(), solution, AGENT, at);
        at = received.plus(Duration.ofHours(50));
        dao.confirm(c.id(), 2, "CONFIRMED", at, AGENT, true, "客户对处理结果满意", at);
        dao.insertStep(c.id(), ComplaintStepKind.CONFIRMED.name(), "客户对处理结果满意", AGENT, at);
        at = at.plus(Duration.ofHours(2));
        dao.close(c.id(), 3, at, MANAGER);
        dao.insertStep(c.id(), ComplaintStepKind.CLOSED.name(), "", MANAGER, at);
        return dao.find(c.id()).orElseThrow();
    }
}
