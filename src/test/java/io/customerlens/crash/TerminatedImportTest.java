package io.customerlens.crash;

import io.customerlens.demo.DemoWorkbook;
import io.customerlens.store.Database;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A system shutting down ends the program with SIGTERM, not SIGKILL: the store is closed on the way out, so the
 * next start finds no open mark and does not rebuild a sound store, and the unfinished import is taken out.
 */
class TerminatedImportTest {

    @TempDir
    Path work;

    @Test
    void aTerminatedImportLeavesNoOpenMarkAndTheStoreAsBefore() throws Exception {
        Path file = work.resolve("sales.xlsx");
        new DemoWorkbook(20_000, 3).writeTo(file, ProgressListener.NONE);
        Path store = work.resolve("store");

        try (ChildCli child = ChildCli.start(work, List.of(), "import", file.toString(), "--db", store.toString())) {
            assertThat(child.awaitLine("started", 120)).as(child.output()).isTrue();
            child.terminate();
        }

        assertThat(store.resolve("customerlens.open")).as("closed on the way out").doesNotExist();
        try (Database database = Database.open(store)) {
            long lines = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM sales_line").mapTo(Long.class).one());
            assertThat(lines).as("the unfinished import was taken out").isZero();
        }
        assertThat(Files.exists(store.resolve("customerlens.mv.db"))).isTrue();
    }
}
