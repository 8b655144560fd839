package org.doudi.tabular;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ExcelCellConversionTests {

    private static final long MARCH_1_2025 = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.of(2025, 3, 1));

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static TableRow readOneRow(String headerCells, String dataCells) {
        byte[] bytes = HandMadeXlsx.withRows("<row r=\"1\">" + headerCells + "</row><row r=\"2\">" + dataCells + "</row>");
        return Tables.readAll("hand.xlsx", bytes).get(0);
    }

    @Test
    void builtInAndChineseDateFormatsAllGiveIsoDates() {
        TableRow row = readOneRow(
                inline("A1", "builtin_14") + inline("B1", "builtin_31") + inline("C1", "quoted_chinese"),
                "<c r=\"A2\" s=\"1\"><v>" + MARCH_1_2025 + "</v></c>"
                        + "<c r=\"B2\" s=\"2\"><v>" + MARCH_1_2025 + "</v></c>"
                        + "<c r=\"C2\" s=\"3\"><v>" + MARCH_1_2025 + "</v></c>");

        assertThat(row.get("builtin_14")).isEqualTo("2025-03-01");
        assertThat(row.get("builtin_31")).isEqualTo("2025-03-01");
        assertThat(row.get("quoted_chinese")).isEqualTo("2025-03-01");
    }

    @Test
    void formulaCellsGiveTheirCachedResult() {
        TableRow row = readOneRow(
                inline("A1", "total") + inline("B1", "share") + inline("C1", "label"),
                "<c r=\"A2\"><v>1000</v></c>"
                        + "<c r=\"B2\"><f>A2*0.3</f><v>300.00000000000006</v></c>"
                        + "<c r=\"C2\" t=\"str\"><f>\"第\"&amp;A2</f><v>第1000</v></c>");

        assertThat(row.get("share")).isEqualTo("300");
        assertThat(row.isNumeric("share")).isTrue();
        assertThat(row.get("label")).isEqualTo("第1000");
        assertThat(row.isNumeric("label")).isFalse();
    }

    @Test
    void errorCellsReadAsTheirErrorCode() {
        TableRow row = readOneRow(inline("A1", "amount"), "<c r=\"A2\" t=\"e\"><v>#N/A</v></c>");

        assertThat(row.get("amount")).isEqualTo("#N/A");
    }

    @Test
    void aNumberInATextFormattedCellIsStillFlaggedNumeric() {
        TableRow row = readOneRow(inline("A1", "bank_account"), "<c r=\"A2\" s=\"4\"><v>6.22202123456789E+18</v></c>");

        assertThat(row.get("bank_account")).isEqualTo("6222021234567890000");
        assertThat(row.isNumeric("bank_account")).isTrue();
    }

    @Test
    void customFormatsAreClassifiedByTheirPlaceholdersNotByTheirLiterals() {
        assertThat(XlsxCells.kindOf("yyyy\"年\"m\"月\"d\"日\"")).isEqualTo(XlsxCells.Kind.DATE);
        assertThat(XlsxCells.kindOf("[$-804]yyyy/m/d")).isEqualTo(XlsxCells.Kind.DATE);
        assertThat(XlsxCells.kindOf("mmm")).isEqualTo(XlsxCells.Kind.DATE);
        assertThat(XlsxCells.kindOf("h:mm:ss")).isEqualTo(XlsxCells.Kind.TIME);
        assertThat(XlsxCells.kindOf("[h]:mm")).isEqualTo(XlsxCells.Kind.TIME);
        assertThat(XlsxCells.kindOf("#,##0.00\"元\"")).isEqualTo(XlsxCells.Kind.NUMBER);
        assertThat(XlsxCells.kindOf("#,##0.00_);[Red](#,##0.00)")).isEqualTo(XlsxCells.Kind.NUMBER);
        assertThat(XlsxCells.kindOf("0.00\\d")).isEqualTo(XlsxCells.Kind.NUMBER);
        assertThat(XlsxCells.kindOf("General")).isEqualTo(XlsxCells.Kind.NUMBER);
        assertThat(XlsxCells.kindOf("@")).isEqualTo(XlsxCells.Kind.NUMBER);
    }

    @Test
    void plainNumbersDropExponentsAndTrailingZerosAndRoundOnlyFloatingNoise() {
        assertThat(XlsxCells.plain(new BigDecimal("1.5E3"))).isEqualTo("1500");
        assertThat(XlsxCells.plain(new BigDecimal("1500.0"))).isEqualTo("1500");
        assertThat(XlsxCells.plain(new BigDecimal("0.30000000000000004"))).isEqualTo("0.3");
        assertThat(XlsxCells.plain(new BigDecimal("110101199003077777"))).isEqualTo("110101199003077777");
        assertThat(XlsxCells.plain(new BigDecimal("-12.50"))).isEqualTo("-12.5");
        assertThat(XlsxCells.plain(new BigDecimal("0.0"))).isEqualTo("0");
    }
}
