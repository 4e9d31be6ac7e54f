package io.customerlens.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTest {

    @TempDir
    Path folder;

    @Test
    void createsTheFolderAndReplacesAnEarlierFile() throws IOException {
        Path out = folder.resolve("a/b");
        CsvFile.write(out, "x.csv", List.of("h"), rows -> rows.add(new CsvRecord().text("old")));

        Path file = CsvFile.write(out, "x.csv", List.of("h"), rows -> rows.add(new CsvRecord().text("new")));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFh\r\nnew\r\n");
        assertThat(namesIn(out)).containsExactly("x.csv");
    }

    @Test
    void aFailureWhileWritingLeavesTheEarlierFileAndNoTemporaryFile() throws IOException {
        Files.writeString(folder.resolve("x.csv"), "earlier");

        assertThatThrownBy(() -> CsvFile.write(folder, "x.csv", List.of("h"), rows -> {
            rows.add(new CsvRecord().text("half"));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(folder.resolve("x.csv"))).isEqualTo("earlier");
        assertThat(namesIn(folder)).containsExactly("x.csv");
    }

    @Test
    void aFailureBeforeAnyEarlierFileLeavesNoFileAtAll() {
        assertThatThrownBy(() -> CsvFile.write(folder, "x.csv", List.of("h"), rows -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(namesIn(folder)).isEmpty();
    }

    private static List<String> namesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
