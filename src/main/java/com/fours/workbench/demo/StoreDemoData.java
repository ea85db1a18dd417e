package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.time.Clock;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;
import com.fours.workbench.core.UnifiedSocialCreditCode;

/** The demo store: a Toyota dealer in Guangzhou. */
public final class StoreDemoData implements DemoDataContributor {

    private final Clock clock;

    public StoreDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.store";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        String first17 = "91440101MA5CDFM0X";
        UnifiedSocialCreditCode code = new UnifiedSocialCreditCode(
                first17 + UnifiedSocialCreditCode.computeCheckCharacter(first17));
        StoreProfileService.insert(handle, new StoreProfile("广州骏达丰田汽车销售服务有限公司",
                "广州市天河区黄埔大道西 668 号", "020-38861234", code, new BigDecimal("380.00"),
                StoreProfile.DEFAULT_VAT_RATE, 0), clock);
    }
}
