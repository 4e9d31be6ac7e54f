package io.customerlens.report;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.lapse.MovementRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MovementCsvTest {

    @TempDir
    Path folder;

    @Test
    void oneRowPerMonthInTheGivenOrderAcrossTheYearEnd() throws IOException {
        int december = MonthIndex.of(YearMonth.of(2023, 12));
        List<MovementRow> rows = List.of(
                new MovementRow(december, 2, 2, 0, 0, 2),
                new MovementRow(december + 1, 1, 1, 0, 0, 3),
                new MovementRow(december + 2, 0, 0, 1, 0, 2),
                new MovementRow(december + 3, 2, 0, 0, 1, 3));

        Path file = new MovementCsv().write(folder, rows);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(file).isEqualTo(folder.resolve("movement.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "month,active,new,lost,returned,base\r\n"
                + "2023-12,2,2,0,0,2\r\n"
                + "2024-01,1,1,0,0,3\r\n"
                + "2024-02,0,0,1,0,2\r\n"
                + "2024-03,2,0,0,1,3\r\n");
    }
}
