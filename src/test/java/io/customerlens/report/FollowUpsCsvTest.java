package io.customerlens.report;

import io.customerlens.analysis.followups.ContactResult;
import io.customerlens.analysis.followups.WinBackState;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.domain.OutcomeReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpsCsvTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path folder;

    private static FollowUpTask task(long id, FollowUpStatus status, Instant completed, FollowUpOutcome outcome) {
        return new FollowUpTask(id, "C" + id, FollowUpReason.LAPSED, 4, FollowUpChannel.PHONE, LocalDate.of(2024, 7, 1),
                1, status, null, Instant.parse("2024-07-01T01:00:00Z"), completed, BigDecimal.TEN, null, null,
                LocalDate.of(2024, 6, 30), outcome);
    }

    @Test
    void oneRowPerTaskWithWinBackOnlyOnceItIsDecided() throws IOException {
        // 2024-07-01T20:00Z is already 07-02 in Shanghai: the completed date is the local one.
        Instant evening = Instant.parse("2024-07-01T20:00:00Z");
        FollowUpOutcome reached = new FollowUpOutcome(true, OutcomeReason.PRICE, null, LocalDate.of(2024, 7, 1), null);
        FollowUpOutcome notReached = new FollowUpOutcome(false, null, null, LocalDate.of(2024, 7, 1), null);
        List<FollowUpTask> tasks = List.of(task(3, FollowUpStatus.OPEN, null, null),
                task(1, FollowUpStatus.DONE, evening, reached), task(2, FollowUpStatus.DONE, evening, notReached),
                task(4, FollowUpStatus.DONE, evening, notReached));
        List<ContactResult> results = List.of(
                new ContactResult(1, "C1", LocalDate.of(2024, 7, 1), WinBackState.WON_BACK, 12, new BigDecimal("80")),
                new ContactResult(2, "C2", LocalDate.of(2024, 7, 1), WinBackState.PENDING, null, BigDecimal.ZERO),
                new ContactResult(4, "C4", LocalDate.of(2024, 7, 1), WinBackState.NOT_WON_BACK, null, BigDecimal.ZERO));

        Path file = new FollowUpsCsv().write(folder, tasks, results, SHANGHAI);

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFtask_id,customer_key,reason,channel,due,status,outcome,reason_code,completed,won_back,days_to_reorder",
                "1,C1,LAPSED,PHONE,2024-07-01,DONE,reached,PRICE,2024-07-02,true,12",
                "2,C2,LAPSED,PHONE,2024-07-01,DONE,not_reached,,2024-07-02,,",
                "3,C3,LAPSED,PHONE,2024-07-01,OPEN,,,,,",
                "4,C4,LAPSED,PHONE,2024-07-01,DONE,not_reached,,2024-07-02,false,");
    }

    @Test
    void aCustomerKeyASpreadsheetWouldRunIsWrittenAsText() throws IOException {
        String payload = "=cmd|' /c calc'!a0";
        FollowUpTask task = new FollowUpTask(7, payload, FollowUpReason.LAPSED, 4, FollowUpChannel.PHONE,
                LocalDate.of(2024, 7, 1), 1, FollowUpStatus.OPEN, null, Instant.parse("2024-07-01T01:00:00Z"), null,
                BigDecimal.TEN, null, null, LocalDate.of(2024, 6, 30), null);

        Path file = new FollowUpsCsv().write(folder, List.of(task), List.of(), SHANGHAI);

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(1))
                .isEqualTo("7,'=cmd|' /c calc'!a0,LAPSED,PHONE,2024-07-01,OPEN,,,,,");
    }
}
