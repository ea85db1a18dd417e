package com.fours.workbench.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fours.workbench.backup.GaplessNumbers.Findings;
import com.fours.workbench.backup.GaplessNumbers.Series;
import com.fours.workbench.qc.QcFixture;
import com.fours.workbench.testing.MutableClock;

/**
 * The one rule a backup's check and the crash test ask about bill and certificate numbers, on
 * certificates issued through the service and then damaged as a lost or half-applied commit would.
 */
class GaplessNumbersTest {

    @Test
    void certificatesIssuedInTurnHoldAndACounterAheadOrAloneBreaksTheRule() {
        QcFixture x = new QcFixture(MutableClock.shanghai("2026-11-27T01:00:00Z"));
        try {
            for (int i = 0; i < 2; i++) {
                long order = x.orderInQc(32000 + i);
                x.passAll(order, null);
                x.as("sunli");
                x.services.certificates().issueCertificate(order);
            }
            Findings issued = check(x, Series.CERTIFICATES);
            assertThat(issued.holds()).as(issued.broken().toString()).isTrue();
            assertThat(issued.numbers()).isEqualTo(2);
            assertThat(check(x, Series.BILLS).holds()).isTrue();

            // a certificate lost after its counter moved: number 3 was counted, never written
            x.services.transactions().useTransaction(h -> h.execute(
                    "UPDATE qc_certificate_counter SET last_number = 3 WHERE cert_year = 2026"));
            assertThat(check(x, Series.CERTIFICATES).broken()).singleElement().asString()
                    .contains("qc_certificate 2026", "from 1 to 2", "counter at 3");

            x.services.transactions().useTransaction(h -> h.execute(
                    "UPDATE qc_certificate_counter SET last_number = 2 WHERE cert_year = 2026"));
            x.services.transactions().useTransaction(h -> h.execute(
                    "INSERT INTO qc_certificate_counter (cert_year, last_number) VALUES (2025, 4)"));
            assertThat(check(x, Series.CERTIFICATES).broken()).singleElement().asString()
                    .contains("1 year(s) counted without a single number");
        } finally {
            x.close();
        }
    }

    private static Findings check(QcFixture x, Series series) {
        return x.services.transactions().read(h -> GaplessNumbers.check(h, series));
    }
}
