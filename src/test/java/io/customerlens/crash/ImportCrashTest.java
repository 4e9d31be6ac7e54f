package io.customerlens.crash;

import io.customerlens.demo.DemoWorkbook;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the real command line (SIGKILL, as a dead battery would) at many points of a large import into a
 * store that already holds sales and follow-up tasks, and checks after each kill that the store opens and is
 * exactly as before the import or exactly as after it: the row count of every table and every analyze file.
 * Kill points: spread over the whole run by time, and right after each phase marker the import logs (batch
 * started, chunks committed, lines written and completing, complete), with a random delay after it.
 * Slow (a child JVM per kill), so it runs on request and in .ci/run:
 * {@code ./mvnw test -Dtest=ImportCrashTest -Dcustomerlens.crash=true [-Dcustomerlens.crash.kills=60]}.
 */
@EnabledIfSystemProperty(named = "customerlens.crash", matches = "true")
class ImportCrashTest {

    private static final int KILLS = Integer.getInteger("customerlens.crash.kills", 60);
    private static final int LINES = Integer.getInteger("customerlens.crash.lines", 30_000);
    private static final List<String> MARKERS = List.of("started", "committed", "completing", "complete");

    @TempDir
    Path work;

    @Test
    void aKilledImportLeavesTheStoreExactlyAsBeforeOrAsAfter() throws Exception {
        Path earlier = work.resolve("earlier.xlsx");
        Path killed = work.resolve("killed.xlsx");
        new DemoWorkbook(5_000, 11).writeTo(earlier, ProgressListener.NONE);
        new DemoWorkbook(LINES, 12).writeTo(killed, ProgressListener.NONE);

        Path base = work.resolve("base");
        runToEnd("import", earlier.toString(), "--db", base.toString());
        runToEnd("tasks", "generate", "--db", base.toString());
        StoreState before = StoreState.of(base, work);
        assertThat(before.rowCounts().get("FOLLOW_UP_TASK")).as("follow-up tasks are at stake too").isPositive();

        Path completed = copy(base, "completed");
        long started = System.nanoTime();
        runToEnd("import", killed.toString(), "--db", completed.toString());
        long fullRunNanos = System.nanoTime() - started;
        StoreState after = StoreState.of(completed, work);
        assertThat(after).isNotEqualTo(before);

        SplittableRandom random = new SplittableRandom(42);
        int asBefore = 0;
        int asAfter = 0;
        StringBuilder other = new StringBuilder();
        for (int kill = 0; kill < KILLS; kill++) {
            Path store = copy(base, "kill-" + kill);
            String point;
            try (ChildCli child = ChildCli.start(work, List.of(), "import", killed.toString(), "--db", store.toString())) {
                if (kill % 2 == 0) {
                    long delayNanos = (long) (fullRunNanos * 1.05 * kill / KILLS);
                    Thread.sleep(delayNanos / 1_000_000);
                    point = "at " + delayNanos / 1_000_000 + " ms";
                } else {
                    String marker = MARKERS.get((kill / 2) % MARKERS.size());
                    int extraMillis = random.nextInt(0, 40);
                    boolean seen = child.awaitLine(marker, 300);
                    Thread.sleep(extraMillis);
                    point = (seen ? "after \"" + marker + "\"" : "at the end (no \"" + marker + "\")") + " +"
                            + extraMillis + " ms";
                }
                child.kill();
            }
            StoreState state = StoreState.of(store, work);
            if (state.equals(before)) {
                asBefore++;
            } else if (state.equals(after)) {
                asAfter++;
            } else {
                other.append("kill ").append(kill).append(' ').append(point).append(": ").append(state.describe())
                        .append(" vs before:").append(state.differenceFrom(before))
                        .append(" again:").append(StoreState.of(store, work).differenceFrom(before)).append('\n');
            }
            deleteRecursively(store);
        }
        System.out.printf("import crash test: %d kills of a %,d-line import: %d as before, %d as after, %d other%n",
                KILLS, LINES, asBefore, asAfter, KILLS - asBefore - asAfter);
        assertThat(other.toString()).as("stores neither as before nor as after (before: %s, after: %s)",
                before.describe(), after.describe()).isEmpty();
        assertThat(asBefore).as("some kills landed before the import completed").isPositive();
        assertThat(asAfter).as("some kills landed after it completed").isPositive();
    }

    private void runToEnd(String... args) throws Exception {
        try (ChildCli child = ChildCli.start(work, List.of(), args)) {
            int exit = child.waitFor(600);
            assertThat(exit).as(child.output()).isZero();
        }
    }

    private Path copy(Path store, String name) throws IOException {
        Path target = work.resolve(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(store)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
