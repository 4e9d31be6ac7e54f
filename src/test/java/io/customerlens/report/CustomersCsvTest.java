package io.customerlens.report;

import io.customerlens.domain.CustomerSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CustomersCsvTest {

    @TempDir
    Path folder;

    @Test
    void writesUtf8WithByteOrderMarkSortedByKeyWithIsoDates() throws IOException {
        List<CustomerSummary> customers = List.of(
                new CustomerSummary("KH002", LocalDate.of(2024, 3, 5), LocalDate.of(2024, 8, 31), 4,
                        new BigDecimal("1234.5"), 84, 3),
                new CustomerSummary("KH001", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 11, 23), 12,
                        new BigDecimal("-20"), 0, 0),
                new CustomerSummary("00123", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1), 1,
                        new BigDecimal("0.125"), 296, 9));

        Path file = new CustomersCsv().write(folder.resolve("out"), customers,
                Map.of("KH001", "好又多超市, 人民路店", "KH002", "王记\"便利\"店"));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(file.getFileName().toString()).isEqualTo("customers.csv");
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "customer_key,customer_name,first_purchase,last_purchase,orders,net_amount,days_since_last\r\n"
                + "00123,,2024-02-01,2024-02-01,1,0.125,296\r\n"
                + "KH001,\"好又多超市, 人民路店\",2024-01-02,2024-11-23,12,-20.00,0\r\n"
                + "KH002,\"王记\"\"便利\"\"店\",2024-03-05,2024-08-31,4,1234.50,84\r\n");
    }

    @Test
    void noCustomersGivesTheHeaderOnly() throws IOException {
        Path file = new CustomersCsv().write(folder, List.of(), Map.of());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "customer_key,customer_name,first_purchase,last_purchase,orders,net_amount,days_since_last\r\n");
    }
}
