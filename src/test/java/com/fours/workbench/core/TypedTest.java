package com.fours.workbench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u202Emaerc", "张\u202D三", "李\u2066四", "王\u200E五", "a\u0000b", "a\u0007b", "两\n行", "\uFEFF张三"})
    void freeTextWithAnInvisibleOrControlCharacterIsRefusedNamingTheCharacter(String typed) {
        assertThatThrownBy(() -> Typed.optionalText(typed, 40))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("field.invalidCharacter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "O'Brien; DROP TABLE customer;--", "车主 👨‍👩‍👧 很满意 👍🏽", "Ａ１２３"})
    void ordinaryTextSqlLookingTextAndEmojiAreKeptFaithfully(String typed) {
        assertThat(Typed.optionalText(typed, 40)).isEqualTo(FullWidthForms.toHalfWidth(typed).strip());
    }

    @Test
    void aNoteKeepsItsLinesButNotAnOverride() {
        assertThat(Typed.optionalMultilineText("异响\r\n刹车时\t明显", 40)).isEqualTo("异响\n刹车时\t明显");
        assertThatThrownBy(() -> Typed.optionalMultilineText("异响\n\u202E", 40)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void proseKeepsItsChinesePunctuationAndALineOfProseRefusesALineBreak() {
        assertThat(Typed.optionalMultilineText("空调不凉，出风有异味！\n（急）", 40)).isEqualTo("空调不凉，出风有异味！\n（急）");
        assertThat(Typed.optionalLineText(" 客户说：周一再来，上午。 ", 40)).isEqualTo("客户说：周一再来，上午。");
        assertThat(Typed.optionalLineText("  ", 40)).isNull();
        assertThatThrownBy(() -> Typed.optionalLineText("第一行\n第二行", 40))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo("field.invalidCharacter"));
        assertThatThrownBy(() -> Typed.optionalLineText("张\u202E三", 40)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void lengthIsCheckedAsTheEmbeddedDatabaseCountsIt() {
        assertThat(Typed.optionalText("👍".repeat(5), 10)).hasSize(10);
        assertThatThrownBy(() -> Typed.optionalText("👍".repeat(6), 10)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Typed.optionalText("x".repeat(10_000), 200))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo("field.tooLong"));
    }
}
