package org.doudi.tabular;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxReadingTests {

    /** A workbook made the way a county clerk makes one: typed values, not text. */
    private static byte[] workbook(Consumer<Worksheet> content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("名册");
        content.accept(sheet);
        workbook.finish();
        return bytes.toByteArray();
    }

    private static void header(Worksheet sheet, String... names) {
        for (int i = 0; i < names.length; i++) {
            sheet.value(0, i, names[i]);
        }
    }

    @Test
    void anIdNumberTypedAsANumberIsFlaggedNumericAndATextIdIsNot() throws IOException {
        byte[] bytes = workbook(sheet -> {
            header(sheet, "id_number", "name");
            sheet.value(1, 0, 1.10101199003078E17);
            sheet.value(1, 1, "张三");
            sheet.value(2, 0, "11010119900307777X");
            sheet.value(2, 1, "李四");
        });

        List<TableRow> rows = Tables.readAll("persons.xlsx", bytes);

        assertThat(rows.get(0).get("id_number")).isEqualTo("110101199003078000");
        assertThat(rows.get(0).isNumeric("id_number")).isTrue();
        assertThat(rows.get(0).isNumeric("name")).isFalse();
        assertThat(rows.get(1).get("id_number")).isEqualTo("11010119900307777X");
        assertThat(rows.get(1).isNumeric("id_number")).isFalse();
    }

    @Test
    void numbersReadAsPlainDecimalsWithoutExponentOrTrailingZeros() throws IOException {
        byte[] bytes = workbook(sheet -> {
            header(sheet, "a", "b", "c", "d", "e");
            sheet.value(1, 0, 1500.0);
            sheet.value(1, 1, 12.5);
            sheet.value(1, 2, 0.1 + 0.2);
            sheet.value(1, 3, new BigDecimal("6222021234567890123"));
            sheet.value(1, 4, 0.00001);
        });

        TableRow row = Tables.readAll("a.xlsx", bytes).get(0);

        assertThat(List.of(row.get("a"), row.get("b"), row.get("c"), row.get("d"), row.get("e")))
                .containsExactly("1500", "12.5", "0.3", "6222021234567890123", "0.00001");
    }

    @Test
    void dateCellsBecomeIsoDatesAndDateTimesKeepTheirTime() throws IOException {
        byte[] bytes = workbook(sheet -> {
            header(sheet, "death_date", "registered", "received_at", "amount");
            sheet.value(1, 0, LocalDate.of(2025, 3, 1));
            sheet.style(1, 0).format("yyyy-mm-dd").set();
            sheet.value(1, 1, LocalDate.of(2024, 12, 31));
            sheet.style(1, 1).format("yyyy年m月d日").set();
            sheet.value(1, 2, LocalDateTime.of(2025, 6, 30, 14, 5, 9));
            sheet.style(1, 2).format("yyyy/m/d h:mm:ss").set();
            sheet.value(1, 3, 2500.5);
            sheet.style(1, 3).format("#,##0.00").set();
        });

        TableRow row = Tables.readAll("deaths.xlsx", bytes).get(0);

        assertThat(row.get("death_date")).isEqualTo("2025-03-01");
        assertThat(row.get("registered")).isEqualTo("2024-12-31");
        assertThat(row.get("received_at")).isEqualTo("2025-06-30 14:05:09");
        assertThat(row.isNumeric("death_date")).isFalse();
        assertThat(row.get("amount")).isEqualTo("2500.5");
        assertThat(row.isNumeric("amount")).isTrue();
    }

    @Test
    void booleansReadAsYOrN() throws IOException {
        byte[] bytes = workbook(sheet -> {
            header(sheet, "staff_relative");
            sheet.value(1, 0, true);
            sheet.value(2, 0, false);
        });

        assertThat(Tables.readAll("a.xlsx", bytes)).extracting(row -> row.get("staff_relative")).containsExactly("Y", "N");
    }

    @Test
    void rowNumbersAreExcelRowNumbersAndEmptyRowsAndCellsAreSkippedOrEmpty() throws IOException {
        byte[] bytes = workbook(sheet -> {
            header(sheet, "id_number", "name", "source");
            sheet.value(1, 0, "1");
            sheet.value(1, 2, "公安");
            sheet.value(4, 1, "李四");
        });

        List<TableRow> rows = Tables.readAll("a.xlsx", bytes);

        assertThat(rows).extracting(TableRow::line).containsExactly(2L, 5L);
        assertThat(rows.get(0).get("name")).isEmpty();
        assertThat(rows.get(0).get("source")).isEqualTo("公安");
        assertThat(rows.get(1).get("id_number")).isEmpty();
    }

    @Test
    void aWorkbookIsDetectedByContentWhateverItsNameAndReportedAsXlsx(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feed.csv");
        Files.write(file, workbook(sheet -> {
            header(sheet, "id_number");
            sheet.value(1, 0, "110101199003077777");
        }));

        try (TableReader reader = TableReader.open(file)) {
            assertThat(reader.encoding()).isEqualTo(TableEncoding.XLSX);
            assertThat(reader.stream().map(row -> row.get("id_number"))).containsExactly("110101199003077777");
        }
    }

    @Test
    void missingAndDuplicateColumnsAreCheckedInWorkbooksToo() throws IOException {
        byte[] duplicated = workbook(sheet -> header(sheet, "id_number", "ID_NUMBER"));
        byte[] plain = workbook(sheet -> header(sheet, "id_number"));

        assertThatThrownBy(() -> Tables.open("a.xlsx", duplicated))
                .isInstanceOfSatisfying(TableException.class,
                        e -> assertThat(e.code()).isEqualTo(TableException.Code.COLUMN_DUPLICATED));
        try (TableReader reader = Tables.open("a.xlsx", plain)) {
            assertThatThrownBy(() -> reader.requireColumns(List.of("id_number", "death_date")))
                    .isInstanceOfSatisfying(TableException.class,
                            e -> assertThat(e.code()).isEqualTo(TableException.Code.COLUMN_MISSING));
        }
    }

    @Test
    void aDamagedWorkbookIsUnreadable() {
        byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};

        assertThatThrownBy(() -> Tables.open("a.xlsx", notAWorkbook))
                .isInstanceOfSatisfying(TableException.class,
                        e -> assertThat(e.code()).isEqualTo(TableException.Code.FILE_UNREADABLE));
    }

    @Test
    void theTemporaryCopyOfAnUploadedWorkbookIsDeletedOnClose() throws IOException {
        byte[] bytes = workbook(sheet -> header(sheet, "id_number"));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countUploads(tmp);

        try (TableReader reader = Tables.open("a.xlsx", bytes)) {
            assertThat(countUploads(tmp)).isEqualTo(before + 1);
        }

        assertThat(countUploads(tmp)).isEqualTo(before);
    }

    private static long countUploads(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("doudi-upload-")).count();
        }
    }
}
