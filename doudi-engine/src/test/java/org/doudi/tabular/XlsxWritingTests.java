package org.doudi.tabular;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxWritingTests {

    private static final List<String> HEADER = List.of("household_id", "id_number", "name", "bank_account", "monthly_amount");

    private static byte[] write(List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.xlsx(bytes, "低保名册")) {
            rows.forEach(writer::writeRow);
        }
        return bytes.toByteArray();
    }

    /** One part of the package, read through the central directory (the parts are streamed with data descriptors). */
    private static String part(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("doudi-test-", ".xlsx");
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void idNumbersWithTrailingXAndNineteenDigitBankAccountsSurviveAsText() {
        byte[] bytes = write(List.of(HEADER,
                List.of("H001", "11010119900307777X", "张三", "6222021234567890123", "1500.00"),
                List.of("H002", "110101195001011234", "李四", "0012345678901234567", "0")));

        List<TableRow> rows = Tables.readAll("名册.xlsx", bytes);

        assertThat(rows).extracting(row -> row.get("id_number")).containsExactly("11010119900307777X", "110101195001011234");
        assertThat(rows).extracting(row -> row.get("bank_account")).containsExactly("6222021234567890123", "0012345678901234567");
        assertThat(rows.get(0).get("monthly_amount")).isEqualTo("1500.00");
        assertThat(rows).allSatisfy(row -> HEADER.forEach(column -> assertThat(row.isNumeric(column)).isFalse()));
        assertThat(rows).extracting(TableRow::line).containsExactly(2L, 3L);
    }

    @Test
    void theHeaderIsBoldAndFrozenAndEveryCellIsInTheTextFormat() throws IOException {
        byte[] bytes = write(List.of(HEADER, List.of("H001", "11010119900307777X", "张三", "6222021234567890123", "1500.00")));

        String sheet = part(bytes, "xl/worksheets/sheet1.xml");
        String styles = part(bytes, "xl/styles.xml");

        assertThat(sheet).contains("state=\"frozen\"", "ySplit=\"1\"", "topLeftCell=\"A2\"");
        assertThat(styles).contains("<b/>", "formatCode=\"@\"");
        assertThat(sheet).doesNotContain("t=\"n\"").contains("t=\"inlineStr\"");
    }

    @Test
    void columnsAreWideEnoughForTheirContentWithChineseCountingDouble() throws IOException {
        byte[] bytes = write(List.of(List.of("id", "address"), List.of("1", "北京市东城区东华门街道多福巷社区居委会")));

        String sheet = part(bytes, "xl/worksheets/sheet1.xml");

        assertThat(sheet).containsPattern("<col min=\"1\" max=\"1\" width=\"8(\\.0)?\"")
                .containsPattern("<col min=\"2\" max=\"2\" width=\"40(\\.0)?\"");
    }

    @Test
    void rowsBeyondTheSheetLimitRollOverToANewSheetWithTheHeaderRepeated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TableWriter writer = new XlsxTableWriter(bytes, "名册", false, 3)) {
            writer.writeRow("id_number", "name");
            for (int i = 1; i <= 7; i++) {
                writer.writeRow("ID" + i, "名" + i);
            }
        }

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("名册", "名册 (2)", "名册 (3)");
            assertThat(texts(sheets.get(0))).containsExactly("id_number", "ID1", "ID2", "ID3");
            assertThat(texts(sheets.get(1))).containsExactly("id_number", "ID4", "ID5", "ID6");
            assertThat(texts(sheets.get(2))).containsExactly("id_number", "ID7");
        }
    }

    private static List<String> texts(Sheet sheet) throws IOException {
        try (var rows = sheet.openStream()) {
            return rows.map(row -> row.getCellText(0)).toList();
        }
    }

    @Test
    void theRealSheetLimitIsExcelsRowCountLessTheHeader() {
        assertThat(XlsxTableWriter.MAX_DATA_ROWS_PER_SHEET).isEqualTo(1_048_575);
    }

    @Test
    void aWriterWithNoRowsStillMakesAValidWorkbook() throws IOException {
        byte[] bytes = write(List.of());

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheets().toList()).extracting(Sheet::getName).containsExactly("低保名册");
        }
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreDroppedAndOverlongCellsRefused() {
        byte[] bytes = write(List.of(List.of("text"), List.of("求助\u0001内容\u0007")));

        assertThat(Tables.readAll("a.xlsx", bytes).get(0).get("text")).isEqualTo("求助内容");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter writer = TableWriter.xlsx(out, "a");
        writer.writeRow("text");
        assertThatThrownBy(() -> writer.writeRow("字".repeat(32_768))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32767");
        writer.close();
    }

    @Test
    void sheetNamesAreMadeAcceptableToExcel() {
        assertThat(SheetNames.clean("2025/06 低保[县]")).isEqualTo("2025_06 低保_县_");
        assertThat(SheetNames.clean("  ")).isEqualTo("数据");
        assertThat(SheetNames.numbered("a".repeat(31), 12)).hasSize(31).endsWith(" (12)");
    }

}
