package com.fours.workbench.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsiScoreTest {

    /** weights and answers as "1 2 1 1", the scale min-max; the expected score to the hundredth. */
    @ParameterizedTest
    @CsvSource({
            "1 2 1 1, 5 2 4 5, 1, 5, 65.00",
            "1 1 1 1, 5 5 5 5, 1, 5, 100.00",
            "1 1 1 1, 1 1 1 1, 1, 5, 0.00",
            "1 1 1, 2 3 3, 1, 5, 41.67",
            "1, 7, 0, 10, 70.00",
            "0.5 1.5, 3 4, 1, 5, 68.75",
            "1 1 1, 4 4 3, 1, 4, 88.89"
    })
    void aVisitsScoreIsTheWeightedAnswersPlacedOnZeroToHundred(String weights, String answers, int min, int max,
                                                               String expected) {
        String[] w = weights.split(" ");
        String[] a = answers.split(" ");
        List<QuestionnaireQuestion> questions = new ArrayList<>();
        Map<Long, Integer> given = new HashMap<>();
        for (int i = 0; i < w.length; i++) {
            questions.add(new QuestionnaireQuestion(i + 1, i + 1, "q" + i, new BigDecimal(w[i])));
            given.put((long) i + 1, Integer.parseInt(a[i]));
        }
        Questionnaire q = new Questionnaire(1, 1, min, max, min + 1, true, "t", Instant.EPOCH, questions);
        assertThat(CsiScore.visit(q, given)).isEqualByComparingTo(expected).hasScaleOf(2);
    }

    @ParameterizedTest
    @CsvSource({"56.25 80.00, 68.13", "100 0 0, 33.33", "65.00, 65.00", "99.99 99.98, 99.99"})
    void theCsiIsTheMeanOfTheScoresHalfUp(String scores, String expected) {
        List<BigDecimal> list = new ArrayList<>();
        for (String s : scores.split(" ")) {
            list.add(new BigDecimal(s));
        }
        assertThat(CsiScore.mean(list)).isEqualByComparingTo(expected);
    }
}
