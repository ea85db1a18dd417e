package com.fours.workbench.care;

import java.util.List;

/** A questionnaire as typed: the scale, the unhappy threshold and the questions with their weights. */
public record QuestionnaireInput(String scaleMin, String scaleMax, String unhappyBelow, List<Question> questions) {

    public record Question(String text, String weight) {
    }
}
