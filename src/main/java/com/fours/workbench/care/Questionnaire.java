package com.fours.workbench.care;

import java.time.Instant;
import java.util.List;

/** A version of the store's satisfaction questionnaire; an answer under {@code unhappyBelow} is unhappy. */
public record Questionnaire(long id, int versionNo, int scaleMin, int scaleMax, int unhappyBelow, boolean current,
                            String createdBy, Instant createdAt, List<QuestionnaireQuestion> questions) {

    public boolean unhappy(int answer) {
        return answer < unhappyBelow;
    }
}
