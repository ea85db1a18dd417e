package com.fours.workbench.care;

import java.math.BigDecimal;

public record QuestionnaireQuestion(long id, int position, String text, BigDecimal weight) {
}
