package io.customerlens.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GapsCsvTest {

    @TempDir
    Path folder;

    @Test
    void everyGapOfEveryCustomerSortedByKeyWithMonthsAsYearMonth() throws IOException {
        Path file = new GapsCsv().write(folder, TinyLapses.lapses());

        byte[] bytes = Files.readAllBytes(file);
        assertThat(file).isEqualTo(folder.resolve("gaps.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "customer_key,start_month,end_month,months,open\r\n"
                + "KH001,2024-04,2024-06,3,true\r\n"
                + "KH002,2024-02,2024-04,3,false\r\n"
                + "KH003,2024-05,2024-06,2,true\r\n");
    }

    @Test
    void noCustomersGivesTheHeaderOnly() throws IOException {
        Path file = new GapsCsv().write(folder.resolve("new"), List.of());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "customer_key,start_month,end_month,months,open\r\n");
    }
}
