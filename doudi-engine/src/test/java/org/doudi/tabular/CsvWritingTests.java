package org.doudi.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWritingTests {

    private static final List<String> HEADER = List.of("rule", "severity", "id_number", "evidence");

    private static byte[] write(boolean bom, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.csv(bytes, bom)) {
            rows.forEach(writer::writeRow);
        }
        return bytes.toByteArray();
    }

    @Test
    void fieldsAreQuotedOnlyWhereRfc4180NeedsItWithLfLineEnds() {
        byte[] bytes = write(false, List.of(HEADER,
                List.of("DEATH_OF_RECIPIENT", "HIGH", "11010119900307777X", "死亡日期2025-03-01，来源：殡葬"),
                List.of("VEHICLE_OWNED", "MEDIUM", "110101199003077777", "车辆\"京A12345\", 价值 80,000元"),
                List.of("HOTLINE_HARDSHIP", "LOW", "", "第一行\n第二行")));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("""
                rule,severity,id_number,evidence
                DEATH_OF_RECIPIENT,HIGH,11010119900307777X,死亡日期2025-03-01，来源：殡葬
                VEHICLE_OWNED,MEDIUM,110101199003077777,"车辆""京A12345"", 价值 80,000元"
                HOTLINE_HARDSHIP,LOW,,"第一行
                第二行"
                """);
    }

    @Test
    void aByteOrderMarkIsWrittenByDefaultSoThatExcelShowsChinese() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.csv(bytes)) {
            writer.writeRow("姓名");
        }

        assertThat(bytes.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF姓名\n");
    }

    @Test
    void identicalRowsGiveByteIdenticalFiles() {
        List<List<String>> rows = List.of(HEADER, List.of("SHARED_ACCOUNT", "HIGH", "110101199003077777", "账户6222021234567890123，\"两户\""));

        assertThat(write(true, rows)).isEqualTo(write(true, rows));
    }

    @Test
    void nullCellsAreWrittenEmpty() {
        byte[] bytes = write(false, List.of(Arrays.asList("a", null, "c")));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("a,,c\n");
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        List<String> awkward = List.of("T1", "他说\"没钱\"，\n要帮忙", " 前后空格 ", "11010119900307777X");
        byte[] bytes = write(true, List.of(List.of("ticket_id", "text", "note", "id_number"), awkward));

        TableRow row = Tables.readAll("out.csv", bytes).get(0);

        assertThat(row.cells()).containsExactlyElementsOf(awkward);
        assertThat(row.raw("note")).isEqualTo(" 前后空格 ");
    }

    @Test
    void aWriterOnACallersStreamFlushesButDoesNotCloseIt() {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FilterOutputStream callers = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        try (TableWriter writer = TableWriter.csv(callers, false)) {
            writer.writeRow("a");
        }

        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a\n");
    }

    @Test
    void theFactoryChoosesTheFormatByExtension(@TempDir Path dir) throws IOException {
        for (String name : List.of("findings.csv", "persons.XLSX")) {
            Path file = dir.resolve(name);
            try (TableWriter writer = TableWriter.open(file)) {
                writer.writeRow("id_number");
                writer.writeRow("11010119900307777X");
            }
            try (TableReader reader = TableReader.open(file)) {
                assertThat(reader.encoding()).isEqualTo(
                        name.endsWith(".csv") ? TableEncoding.UTF_8_WITH_BOM : TableEncoding.XLSX);
                assertThat(reader.stream().map(row -> row.get("id_number"))).containsExactly("11010119900307777X");
            }
        }
        assertThat(Files.list(dir)).hasSize(2);
    }
}
