package org.doudi.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.kernel.IdNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoiseTests {

    @TempDir
    static Path temp;
    static GeneratedFiles files;
    static List<Map<String, String>> noise;
    static Map<String, List<String>> lines = new HashMap<>();

    @BeforeAll
    static void generate() {
        files = GeneratedFiles.generate(temp, 2000, 1);
        noise = files.rows(OutputFile.NOISE);
        for (OutputFile file : OutputFile.values()) {
            lines.put(file.fileName(), files.lines(file));
        }
    }

    @Test
    void theDisabilityFeedIsWrittenInGb18030AndIsNotValidUtf8() throws Exception {
        byte[] bytes = Files.readAllBytes(files.path(OutputFile.DISABILITY));

        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)))
                .isInstanceOf(CharacterCodingException.class);
        String text = Charset.forName("GB18030").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(text).startsWith("id_number,name,kind,grade,issued_date,status\n");
        assertThat(text.lines().skip(1).map(l -> GeneratedFiles.split(l).get(1)))
                .allMatch(name -> name.codePoints().allMatch(Character::isIdeographic));
        assertThat(noise).anyMatch(r -> r.get("file").equals("disability.csv") && r.get("kind").equals("GB18030_FILE"));
    }

    @Test
    void everyOtherFileIsUtf8() throws Exception {
        for (OutputFile file : OutputFile.values()) {
            if (file != OutputFile.DISABILITY) {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(files.path(file))));
            }
        }
    }

    @Test
    void everyKindOfNoiseOccursAFewTimesAndNeverInTheRegistry() {
        Map<String, Long> kinds = noise.stream().collect(Collectors.groupingBy(r -> r.get("kind"), Collectors.counting()));
        assertThat(kinds.get("DUPLICATE_ROW")).isGreaterThanOrEqualTo(3);
        assertThat(kinds.get("BAD_CHECKSUM")).isGreaterThanOrEqualTo(3);
        assertThat(kinds.get("BAD_DATE")).isGreaterThanOrEqualTo(3);
        assertThat(kinds.get("OLD_15_DIGIT_ID")).isGreaterThanOrEqualTo(10);
        assertThat(noise).noneMatch(r -> r.get("file").startsWith("persons"));
    }

    @Test
    void aDuplicateRowIsAnExactCopyOfTheLineItNames() {
        for (Map<String, String> entry : entries("DUPLICATE_ROW")) {
            assertThat(line(entry)).isEqualTo(copiedLine(entry));
        }
    }

    @Test
    void aBadChecksumRowDiffersFromTheLineItNamesOnlyInTheCheckCharacter() {
        for (Map<String, String> entry : entries("BAD_CHECKSUM")) {
            String id = idOf(entry, line(entry));
            assertThat(IdNumber.validate(id)).contains(IdNumber.Problem.CHECKSUM);
            String original = idOf(entry, copiedLine(entry));
            String originalAs18 = IdNumber.parse(original).value();
            assertThat(id.substring(0, 17)).isEqualTo(originalAs18.substring(0, 17));
            assertThat(line(entry).replace(id, "?")).isEqualTo(copiedLine(entry).replace(original, "?"));
        }
    }

    @Test
    void aBadDateRowCarriesTheImpossibleDateNamedInTheNote() {
        for (Map<String, String> entry : entries("BAD_DATE")) {
            String bad = entry.get("note").split("日期改为 ")[1].split(" ")[0];
            assertThat(GeneratedFiles.split(line(entry))).contains(bad);
            assertThat(GeneratedFiles.split(copiedLine(entry))).doesNotContain(bad);
        }
    }

    @Test
    void anOldNumberHasFifteenDigitsAndConvertsToAValidNumber() {
        for (Map<String, String> entry : entries("OLD_15_DIGIT_ID")) {
            String id = idOf(entry, line(entry));
            assertThat(id).hasSize(15);
            assertThat(IdNumber.parse(id).birthDate().getYear()).isLessThan(1980);
        }
    }

    private static List<Map<String, String>> entries(String kind) {
        return noise.stream().filter(r -> r.get("kind").equals(kind)).toList();
    }

    private static String line(Map<String, String> entry) {
        return lines.get(entry.get("file")).get(Integer.parseInt(entry.get("line")) - 1);
    }

    /** The line a copy names in its note: "... line N ...". */
    private static String copiedLine(Map<String, String> entry) {
        String number = entry.get("note").replaceAll(".*line (\\d+).*", "$1");
        return lines.get(entry.get("file")).get(Integer.parseInt(number) - 1);
    }

    private static String idOf(Map<String, String> entry, String line) {
        int column = entry.get("file").equals("hotline.csv") ? 1 : 0;
        return GeneratedFiles.split(line).get(column);
    }
}
