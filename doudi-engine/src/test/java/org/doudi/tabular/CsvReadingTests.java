package org.doudi.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReadingTests {

    private static List<TableRow> read(String csv) {
        return Tables.readAll("feed.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static TableReader open(String csv) {
        return Tables.open("feed.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedFieldsKeepTheirCommasAndLineBreaksAndTheFollowingRowsKeepTheirTrueLineNumbers() {
        List<TableRow> rows = read("""
                ticket_id,text,region
                T1,"家中失火，房屋损毁
                急需救助
                （村委会代报）",110101001001
                T2,"他说""没钱看病""\",110101001002
                T3,无,110101001003
                """);

        assertThat(rows).extracting(TableRow::line).containsExactly(2L, 5L, 6L);
        assertThat(rows.get(0).get("text")).isEqualTo("家中失火，房屋损毁\n急需救助\n（村委会代报）");
        assertThat(rows.get(1).get("text")).isEqualTo("他说\"没钱看病\"");
        assertThat(rows.get(2).get("region")).isEqualTo("110101001003");
    }

    @Test
    void windowsLineEndsCountAsOneLine() {
        List<TableRow> rows = read("id_number,name\r\n1,\"a\r\nb\"\r\n2,c\r\n");

        assertThat(rows).extracting(TableRow::line).containsExactly(2L, 4L);
        assertThat(rows.get(0).get("name")).isEqualTo("a\r\nb");
    }

    @Test
    void columnsMayComeInAnyOrderAndExtraColumnsAreKeptAndIgnored() {
        List<TableRow> rows = read("""
                source,备注,death_date,Name,ID_NUMBER
                殡葬,家属已告知,2025-03-01,张三,110101199003077777
                """);

        TableRow row = rows.get(0);
        assertThat(row.get("id_number")).isEqualTo("110101199003077777");
        assertThat(row.get("name")).isEqualTo("张三");
        assertThat(row.get("death_date")).isEqualTo("2025-03-01");
        assertThat(row.get("备注")).isEqualTo("家属已告知");
        assertThat(row.columns()).containsExactly("source", "备注", "death_date", "Name", "ID_NUMBER");
    }

    @Test
    void headerNamesAreTrimmedAndMatchedIgnoringCase() {
        try (TableReader reader = open(" ID_Number , name \n1,a\n")) {
            assertThat(reader.columns()).containsExactly("ID_Number", "name");
            assertThat(reader.hasColumn("id_number")).isTrue();
            reader.requireColumns(List.of("id_number", "NAME"));
            assertThat(reader.stream().map(row -> row.get("Id_Number"))).containsExactly("1");
        }
    }

    @Test
    void missingColumnsAreAllNamedInOneError() {
        try (TableReader reader = open("id_number,name\n1,a\n")) {
            assertThatThrownBy(() -> reader.requireColumns(List.of("id_number", "name", "death_date", "source")))
                    .isInstanceOfSatisfying(TableException.class, e -> {
                        assertThat(e.code()).isEqualTo(TableException.Code.COLUMN_MISSING);
                        assertThat(e.getMessage()).contains("缺少必需的列：death_date、source", "feed.csv");
                    });
        }
    }

    @Test
    void duplicateColumnNamesAreRefusedEvenWhenTheyDifferInCase() {
        assertThatThrownBy(() -> open("id_number,name,Name\n1,a,b\n"))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.code()).isEqualTo(TableException.Code.COLUMN_DUPLICATED);
                    assertThat(e.getMessage()).contains("Name", "第2列和第3列");
                });
    }

    @Test
    void blankTrailingHeaderCellsAreNotDuplicates() {
        try (TableReader reader = open("id_number,name,,\n1,a,,\n")) {
            assertThat(reader.stream().map(row -> row.get("name"))).containsExactly("a");
        }
    }

    @Test
    void blankLinesAndRowsOfEmptyCellsAreSkippedWithoutDisturbingLineNumbers() {
        List<TableRow> rows = read("id_number,name\n\n1,a\n,\n   ,  \n\n2,b\n\n");

        assertThat(rows).extracting(TableRow::line).containsExactly(3L, 7L);
    }

    @Test
    void shortRowsReadAsEmptyAndLongRowsKeepTheirExtraCellsHarmlessly() {
        List<TableRow> rows = read("id_number,name,source\n1\n2,b,c,extra1,extra2\n");

        assertThat(rows.get(0).get("name")).isEmpty();
        assertThat(rows.get(0).get("source")).isEmpty();
        assertThat(rows.get(1).get("source")).isEqualTo("c");
        assertThat(rows.get(1).cells()).containsExactly("2", "b", "c", "extra1", "extra2");
    }

    @Test
    void getTrimsAndRawDoesNot() {
        TableRow row = read("id_number,name\n 110101199003077777 ,\u3000张三\u3000\n").get(0);

        assertThat(row.get("id_number")).isEqualTo("110101199003077777");
        assertThat(row.raw("id_number")).isEqualTo(" 110101199003077777 ");
        assertThat(row.get("name")).isEqualTo("张三");
        assertThat(row.get("no_such_column")).isEmpty();
        assertThat(row.isNumeric("id_number")).isFalse();
        assertThat(row.fileName()).isEqualTo("feed.csv");
    }

    @Test
    void aQuoteThatIsNeverClosedIsAMalformedFileNamingTheLineWhereTheRecordStarts() {
        assertThatThrownBy(() -> read("id_number,name\n1,a\n2,\"b\n3,c\n"))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.code()).isEqualTo(TableException.Code.CSV_MALFORMED);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void anEmptyFileHasNoHeader() {
        for (String empty : List.of("", "\n\n", "\uFEFF")) {
            assertThatThrownBy(() -> open(empty))
                    .isInstanceOfSatisfying(TableException.class,
                            e -> assertThat(e.code()).isEqualTo(TableException.Code.FILE_EMPTY));
        }
    }

    @Test
    void anOldBinaryExcelFileIsRefusedWithAdvice() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThatThrownBy(() -> Tables.open("旧名册.xls", xls))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.code()).isEqualTo(TableException.Code.FILE_FORMAT_UNSUPPORTED);
                    assertThat(e.getMessage()).contains(".xlsx");
                });
    }

    @Test
    void aFileIsOpenedByPathAndNamedByItsFileName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deaths.csv");
        Files.write(file, "id_number,name\n1,张三\n".getBytes(Tables.GB18030));

        try (TableReader reader = TableReader.open(file)) {
            assertThat(reader.fileName()).isEqualTo("deaths.csv");
            assertThat(reader.encoding()).isEqualTo(TableEncoding.GB18030);
            assertThat(reader.stream().map(row -> row.get("name"))).containsExactly("张三");
        }
    }

    @Test
    void aReaderIsIteratedOnlyOnce() {
        try (TableReader reader = open("id_number\n1\n")) {
            reader.iterator();
            assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void textRightAfterAClosingQuoteIsAMalformedFileNamingTheLine() {
        assertThatThrownBy(() -> read("id_number,address\n1,东城区\n2,\"北京\"市东城区\n"))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.code()).isEqualTo(TableException.Code.CSV_MALFORMED);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() {
        TableRow row = read("id_number,name\n1,张\"三\"\n").get(0);

        assertThat(row.get("name")).isEqualTo("张\"三\"");
    }

    @Test
    void theReaderClosesTheStreamItWasGiven() {
        boolean[] closed = {false};
        var in = new java.io.ByteArrayInputStream("id_number\n1\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        try (TableReader reader = TableReader.open("a.csv", in)) {
            assertThat(reader.stream().count()).isEqualTo(1);
        }

        assertThat(closed[0]).isTrue();
    }

    @Test
    void aStreamOfRowsClosesTheReaderWhenClosed() {
        boolean[] closed = {false};
        var in = new java.io.ByteArrayInputStream("id_number\n1\n2\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        try (var rows = TableReader.open("a.csv", in).stream()) {
            assertThat(rows.map(row -> row.get("id_number"))).containsExactly("1", "2");
        }

        assertThat(closed[0]).isTrue();
    }
}
