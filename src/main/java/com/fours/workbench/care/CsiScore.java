package com.fours.workbench.care;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

/**
 * The satisfaction arithmetic (decision 0080). A visit's score is the weighted mean of its answers
 * placed on 0-100: {@code 100 × Σ wᵢ(aᵢ − min) / Σ wᵢ(max − min)}, rounded half-up to 2 decimals.
 * The CSI of a set of visits (a month, an advisor) is the mean of their scores, rounded the same way.
 */
public final class CsiScore {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CsiScore() {
    }

    /** {@code answers}: question id to answer; every question of the version must be answered. */
    public static BigDecimal visit(Questionnaire version, Map<Long, Integer> answers) {
        BigDecimal got = BigDecimal.ZERO;
        BigDecimal best = BigDecimal.ZERO;
        BigDecimal span = BigDecimal.valueOf((long) version.scaleMax() - version.scaleMin());
        for (QuestionnaireQuestion q : version.questions()) {
            int answer = answers.get(q.id());
            got = got.add(q.weight().multiply(BigDecimal.valueOf((long) answer - version.scaleMin())));
            best = best.add(q.weight().multiply(span));
        }
        return got.multiply(HUNDRED).divide(best, 2, RoundingMode.HALF_UP);
    }

    /** The mean of visit scores, or null when there are none. */
    public static BigDecimal mean(BigDecimal sum, int count) {
        return count == 0 || sum == null ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal mean(Collection<BigDecimal> scores) {
        return mean(scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add), scores.size());
    }

    /** {@code part / whole} as a percentage with one decimal, or null when the whole is 0. */
    public static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
