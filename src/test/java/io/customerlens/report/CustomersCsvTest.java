package io.customerlens.report;

import io.customerlens.analysis.lapse.Cadence;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.Gap;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.analysis.segments.CustomerRfm;
import io.customerlens.analysis.segments.KeyAccountTier;
import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.RfmSegment;
import io.customerlens.analysis.segments.ValueTier;
import io.customerlens.domain.Contact;
import io.customerlens.domain.CustomerSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomersCsvTest {

    private static final String HEADER = "customer_key,customer_name,first_purchase,last_purchase,orders,net_amount,"
            + "days_since_last,idle_months,lapsed,typical_interval_days,next_due,overdue_days,risk,"
            + "rfm_segment,r_score,f_score,m_score,value_tier,key_account_tier,lifecycle,p_lapse,value_12m,value_at_risk,"
            + "phone,contact_person,address,wechat\r\n";

    /** KH001 has every segment column; the others have none, which leaves their seven columns empty. */
    private static Map<String, SegmentColumns> segments() {
        return Map.of("KH001", new SegmentColumns(new CustomerRfm("KH001", 112, 3, new BigDecimal("300.00"),
                RfmSegment.IMPORTANT_RETAIN, 2, 4, 3), ValueTier.A, KeyAccountTier.KEY, LifecycleStage.LAPSED));
    }

    @TempDir
    Path folder;

    @Test
    void writesUtf8WithByteOrderMarkSortedByKeyWithIsoDatesAndTheLapseFigures() throws IOException {
        Path file = new CustomersCsv().write(folder.resolve("out"), TinyLapses.summaries(), TinyLapses.names(),
                TinyLapses.lapses(), segments(), Map.of());

        byte[] bytes = Files.readAllBytes(file);
        assertThat(file.getFileName().toString()).isEqualTo("customers.csv");
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + HEADER
                + "00123,,2024-06-01,2024-06-01,1,0.125,29,0,false,,,,ok,,,,,,,,,,,,,,\r\n"
                + "KH001,\"好又多超市, 人民路店\",2024-01-10,2024-03-10,3,300.00,112,3,true,30.0,2024-04-09,82,lapsed,"
                + "important_retain,2,4,3,A,key,lapsed,,,,,,,\r\n"
                + "KH002,\"王记\"\"便利\"\"店\",2024-01-05,2024-06-15,3,1234.50,15,0,false,30.5,2024-07-15,-15,ok,,,,,,,,,,,,,,\r\n"
                + "KH003,,2024-04-01,2024-04-11,2,-20.00,80,2,false,10.0,2024-04-21,70,at_risk,,,,,,,,,,,,,,\r\n");
        try (Stream<Path> files = Files.list(folder.resolve("out"))) {
            assertThat(files.map(path -> path.getFileName().toString())).as("no temporary file left").containsExactly("customers.csv");
        }
    }

    @Test
    void theContactIsInTheLastFourColumnsWithThePhoneAsWritten() throws IOException {
        Map<String, Contact> contacts = Map.of(
                "KH001", new Contact("0571-88886666", "张伟", "杭州市滨江区江南大道100号", "zhangwei_hl"),
                "KH002", new Contact("+86 138 0013 8000", "李娜", null, null),
                "KH003", new Contact("02087654321", null, "广州市, 天河区", null));

        Path file = new CustomersCsv().write(folder, TinyLapses.summaries(), TinyLapses.names(), TinyLapses.lapses(),
                Map.of(), Map.of(), contacts);

        try (CSVParser parser = CSVParser.parse(Files.readString(file, StandardCharsets.UTF_8).substring(1),
                CSVFormat.DEFAULT.builder().setHeader().get())) {
            assertThat(parser.getHeaderNames().subList(0, 23)).isEqualTo(CustomersCsv.HEADER.subList(0, 23));
            assertThat(parser.getHeaderNames().subList(23, 27)).containsExactly("phone", "contact_person", "address", "wechat");
            Map<String, CSVRecord> rows = new java.util.HashMap<>();
            parser.getRecords().forEach(row -> rows.put(row.get("customer_key"), row));
            assertThat(rows.get("KH001").get("phone")).isEqualTo("0571-88886666");
            assertThat(rows.get("KH001").get("contact_person")).isEqualTo("张伟");
            assertThat(rows.get("KH001").get("wechat")).isEqualTo("zhangwei_hl");
            // a leading + would make a spreadsheet read a formula: written as text, the digits as they are
            assertThat(rows.get("KH002").get("phone")).isEqualTo("'+86 138 0013 8000");
            assertThat(rows.get("KH003").get("phone")).isEqualTo("02087654321");
            assertThat(rows.get("KH003").get("address")).isEqualTo("广州市, 天河区");
            assertThat(rows.get("00123").get("phone")).isEmpty();
        }
    }

    @Test
    void noCustomersGivesTheHeaderOnly() throws IOException {
        Path file = new CustomersCsv().write(folder, List.of(), Map.of(), List.of(), Map.of(), Map.of());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + HEADER);
    }

    @Test
    void aCustomerWithoutLapseFiguresIsRefusedAndNothingIsWritten() throws IOException {
        List<CustomerLapse> withoutKh003 = TinyLapses.lapses().stream()
                .filter(lapse -> !lapse.customerKey().equals("KH003")).toList();
        Files.writeString(folder.resolve("customers.csv"), "earlier export");

        assertThatThrownBy(() -> new CustomersCsv().write(folder, TinyLapses.summaries(), Map.of(), withoutKh003, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KH003");
        assertThat(Files.readString(folder.resolve("customers.csv"))).isEqualTo("earlier export");
    }

    @Test
    void aNameOrKeyASpreadsheetWouldRunIsWrittenAsTextWhileANegativeAmountStaysANumber() throws IOException {
        // no customer ID: the key is the folded name, so both cells carry the payload
        String payload = "=cmd|' /c calc'!a0";
        CustomerSummary summary = new CustomerSummary(payload, TinyLapses.day(4, 1), TinyLapses.day(4, 11), 2,
                new BigDecimal("-12.5"), 80, 2);
        CustomerLapse lapse = TinyLapses.lapse(payload, List.of(TinyLapses.day(4, 1), TinyLapses.day(4, 11)),
                List.of(new Gap(TinyLapses.month(5), TinyLapses.month(6), true)), new Cadence(1, 10.0, 10.0, false),
                RiskLevel.AT_RISK);

        Path file = new CustomersCsv().write(folder, List.of(summary), Map.of(payload, payload), List.of(lapse), Map.of(), Map.of());

        try (CSVParser parser = CSVParser.parse(Files.readString(file, StandardCharsets.UTF_8).substring(1),
                CSVFormat.DEFAULT.builder().setHeader().get())) {
            CSVRecord row = parser.getRecords().getFirst();
            assertThat(row.get("customer_key")).isEqualTo("'" + payload);
            assertThat(row.get("customer_name")).isEqualTo("'" + payload);
            assertThat(row.get("net_amount")).isEqualTo("-12.50");
            assertThat(row.get("overdue_days")).isEqualTo("70");
        }
    }
}
