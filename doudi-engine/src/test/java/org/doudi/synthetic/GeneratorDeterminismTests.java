package org.doudi.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorDeterminismTests {

    @TempDir
    Path temp;

    @Test
    void theSameSettingsGiveByteIdenticalFilesWhateverTheNumberOfThreads() throws IOException {
        Path oneThread = temp.resolve("one");
        Path twoThreads = temp.resolve("two");
        Generator.generate(GeneratorSettings.of(GeneratedFiles.WANGJIANG, 600, 7, oneThread).withThreads(1));
        Generator.generate(GeneratorSettings.of(GeneratedFiles.WANGJIANG, 600, 7, twoThreads).withThreads(2));

        for (OutputFile file : OutputFile.values()) {
            assertThat(Files.readAllBytes(twoThreads.resolve(file.fileName())))
                    .as(file.fileName())
                    .isEqualTo(Files.readAllBytes(oneThread.resolve(file.fileName())));
        }
    }

    @Test
    void anotherSeedGivesOtherPersonsAndOtherFeeds() throws IOException {
        Path seven = temp.resolve("seven");
        Path eight = temp.resolve("eight");
        Generator.generate(GeneratorSettings.of(GeneratedFiles.WANGJIANG, 200, 7, seven));
        Generator.generate(GeneratorSettings.of(GeneratedFiles.WANGJIANG, 200, 8, eight));

        for (OutputFile file : new OutputFile[] {OutputFile.PERSONS, OutputFile.MEDICAL, OutputFile.MANIFEST}) {
            assertThat(Files.readAllBytes(eight.resolve(file.fileName())))
                    .as(file.fileName())
                    .isNotEqualTo(Files.readAllBytes(seven.resolve(file.fileName())));
        }
    }

    @Test
    void anotherAsOfDateMovesTheData() throws IOException {
        Path june = temp.resolve("june");
        Path december = temp.resolve("december");
        Generator.generate(GeneratorSettings.of(GeneratedFiles.WANGJIANG, 100, 7, june));
        Generator.generate(GeneratorSettings.of(GeneratedFiles.WANGJIANG, 100, 7, december)
                .withAsOf(java.time.LocalDate.of(2025, 12, 31)));

        assertThat(Files.readString(december.resolve("persons.csv")))
                .isNotEqualTo(Files.readString(june.resolve("persons.csv")));
    }
}
