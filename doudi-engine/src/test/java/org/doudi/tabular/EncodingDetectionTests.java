package org.doudi.tabular;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.tabular.Tables.GB18030;
import static org.doudi.tabular.Tables.concat;

class EncodingDetectionTests {

    private static final String DEATHS = "id_number,name,death_date,source\n"
            + "110101199003077777,张三,2025-03-01,殡葬\n"
            + "110101195001011234,李四,2025-04-02,公安\n";

    @Test
    void utf8WithoutBomIsDetectedAsUtf8() {
        try (TableReader reader = Tables.open("deaths.csv", DEATHS.getBytes(StandardCharsets.UTF_8))) {
            assertThat(reader.encoding()).isEqualTo(TableEncoding.UTF_8);
            assertThat(reader.encoding().label()).isEqualTo("UTF-8");
            assertThat(reader.stream().map(row -> row.get("name"))).containsExactly("张三", "李四");
        }
    }

    @Test
    void utf8WithBomIsDetectedAndTheBomDoesNotReachTheFirstColumnName() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, DEATHS.getBytes(StandardCharsets.UTF_8));
        try (TableReader reader = Tables.open("deaths.csv", bytes)) {
            assertThat(reader.encoding()).isEqualTo(TableEncoding.UTF_8_WITH_BOM);
            assertThat(reader.columns().get(0)).isEqualTo("id_number");
            assertThat(reader.stream().map(row -> row.get("id_number")))
                    .containsExactly("110101199003077777", "110101195001011234");
        }
    }

    @Test
    void aGbkFileWithChineseNamesIsDetectedAsGb18030AndReadCorrectly() {
        try (TableReader reader = Tables.open("deaths.csv", DEATHS.getBytes(GB18030))) {
            assertThat(reader.encoding()).isEqualTo(TableEncoding.GB18030);
            assertThat(reader.encoding().label()).isEqualTo("GBK/GB18030");
            assertThat(reader.stream().map(row -> row.get("name") + row.get("source")))
                    .containsExactly("张三殡葬", "李四公安");
        }
    }

    @Test
    void aGbkFileWhoseChineseTextStartsAfterTheSampleIsRefusedWithTheLineOfTheFirstChineseText() {
        StringBuilder ascii = new StringBuilder("id_number,name\n");
        while (ascii.length() < EncodingDetector.SAMPLE_SIZE + 10) {
            ascii.append("110101199003077777,zhang\n");
        }
        long lines = ascii.chars().filter(c -> c == '\n').count();
        byte[] bytes = concat(ascii.toString().getBytes(StandardCharsets.US_ASCII), "110101199003077777,张三\n".getBytes(GB18030));

        assertThatThrownBy(() -> Tables.readAll("persons.csv", bytes))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.code()).isEqualTo(TableException.Code.FILE_ENCODING_INVALID);
                    assertThat(e.line()).isEqualTo(lines + 1);
                    assertThat(e.getMessage()).contains("persons.csv", "第" + (lines + 1) + "行", "UTF-8");
                });
    }

    @Test
    void bytesInvalidInBothUtf8AndGb18030AreRefusedAsUndecidable() {
        byte[] bytes = concat("id_number,name\n1,".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF, (byte) 0xFF, '\n'});

        assertThatThrownBy(() -> Tables.open("deaths.csv", bytes))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.code()).isEqualTo(TableException.Code.FILE_ENCODING_UNDECIDABLE);
                    assertThat(e.getMessage()).contains(
                            "无法判定文件编码（既不是UTF-8也不是GBK/GB18030），请另存为UTF-8后重新上传");
                });
    }

    @Test
    void utf16FilesAreRefusedWithAClearMessage() {
        byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "id_number\n".getBytes(StandardCharsets.UTF_16LE));
        byte[] bigEndian = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "id_number\n".getBytes(StandardCharsets.UTF_16BE));

        for (byte[] bytes : List.of(littleEndian, bigEndian)) {
            assertThatThrownBy(() -> Tables.open("deaths.csv", bytes))
                    .isInstanceOfSatisfying(TableException.class, e -> {
                        assertThat(e.code()).isEqualTo(TableException.Code.FILE_ENCODING_UNSUPPORTED);
                        assertThat(e.getMessage()).contains("UTF-16");
                    });
        }
    }

    @Test
    void anInvalidUtf8SequenceAfterTheFirstMebibyteFailsTheFileNamingItsLine() {
        StringBuilder text = new StringBuilder("id_number,name\n");
        while (text.length() < EncodingDetector.SAMPLE_SIZE + 100_000) {
            text.append("110101199003077777,张三\n");
        }
        long lines = text.chars().filter(c -> c == '\n').count();
        byte[] bytes = concat(text.toString().getBytes(StandardCharsets.UTF_8),
                "110101199003077777,".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF, '\n'});

        assertThatThrownBy(() -> Tables.readAll("persons.csv", bytes)).isInstanceOfSatisfying(TableException.class, e -> {
            assertThat(e.code()).isEqualTo(TableException.Code.FILE_ENCODING_INVALID);
            assertThat(e.line()).isEqualTo(lines + 1);
        });
    }

    @Test
    void aCharacterSplitByTheEndOfTheSampleDoesNotMakeTheFileUndecidable() {
        byte[] head = "id_number,name\n".getBytes(StandardCharsets.US_ASCII);
        byte[] padding = new byte[EncodingDetector.SAMPLE_SIZE - head.length - 2];
        java.util.Arrays.fill(padding, (byte) 'a');
        byte[] bytes = concat(head, padding, ",张三\n".getBytes(StandardCharsets.UTF_8));

        try (TableReader reader = Tables.open("long.csv", bytes)) {
            assertThat(reader.encoding()).isEqualTo(TableEncoding.UTF_8);
            assertThat(reader.stream().map(row -> row.get("name"))).containsExactly("张三");
        }
    }

    @Test
    void aFileOfPlainAsciiIsUtf8() {
        try (TableReader reader = Tables.open("a.csv", "id_number\n1\n".getBytes(StandardCharsets.US_ASCII))) {
            assertThat(reader.encoding()).isEqualTo(TableEncoding.UTF_8);
        }
    }
}
