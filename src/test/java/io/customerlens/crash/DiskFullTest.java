package io.customerlens.crash;

import io.customerlens.demo.DemoWorkbook;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real small file system (a tmpfs of about 100 MB that .ci/run mounts, named by
 * {@code -Dcustomerlens.smalldisk=DIR}): the disk is filled by another writer while the real command line
 * imports, leaving a few megabytes, and the import must end promptly with "the disk is full", no stack trace,
 * and the store exactly as before once room is made again. A disk that is already too small is refused before
 * anything is written.
 */
@EnabledIfSystemProperty(named = "customerlens.smalldisk", matches = ".+")
class DiskFullTest {

    private static final Path SMALL_DISK = Path.of(System.getProperty("customerlens.smalldisk", "."));
    private static final long MEGABYTE = 1024 * 1024;
    /** A write failure must end the import within this; before, a full disk could make it spin forever. */
    private static final long PROMPT_SECONDS = 120;

    @TempDir
    Path work;
    private Path base;
    private Path file;
    private StoreState before;

    @BeforeEach
    void storeWithSalesAndTasks() throws Exception {
        Path earlier = work.resolve("earlier.xlsx");
        file = work.resolve("big.xlsx");
        new DemoWorkbook(5_000, 21).writeTo(earlier, ProgressListener.NONE);
        new DemoWorkbook(100_000, 22).writeTo(file, ProgressListener.NONE);
        base = work.resolve("base");
        run("import", earlier.toString(), "--db", base.toString());
        run("tasks", "generate", "--db", base.toString());
        before = StoreState.of(base, work);
    }

    @Test
    void aDiskThatFillsUpDuringTheImportEndsItWithTheStoreAsBefore() throws Exception {
        for (long leftMegabytes : List.of(2L, 8L, 14L, 24L)) {
            Path store = copyToSmallDisk("store-" + leftMegabytes);
            Path filler = SMALL_DISK.resolve("filler");
            try (ChildCli child = ChildCli.start(work, List.of(), "import", file.toString(), "--db", store.toString())) {
                assertThat(child.awaitLine("started", 300)).as(child.output()).isTrue();
                fill(filler, Files.getFileStore(SMALL_DISK).getUsableSpace() - leftMegabytes * MEGABYTE);
                int exit = child.waitFor(PROMPT_SECONDS);

                assertThat(exit).as(child.output()).isEqualTo(1);
                assertThat(child.output()).as("left %d MB", leftMegabytes).contains("the disk is full")
                        .doesNotContain("\tat ", "Exception");
            } finally {
                Files.deleteIfExists(filler);
            }
            assertThat(StoreState.of(store, work)).as("left %d MB", leftMegabytes).isEqualTo(before);
            deleteRecursively(store);
        }
    }

    @Test
    void aDiskAlreadyTooSmallRefusesTheImportBeforeWriting() throws Exception {
        Path store = copyToSmallDisk("store-small");
        Path filler = SMALL_DISK.resolve("filler");
        try {
            fill(filler, Files.getFileStore(SMALL_DISK).getUsableSpace() - 20 * MEGABYTE);
            try (ChildCli child = ChildCli.start(work, List.of(), "import", file.toString(), "--db", store.toString())) {
                assertThat(child.waitFor(PROMPT_SECONDS)).isEqualTo(1);
                assertThat(child.output()).contains("the disk is full (").contains("MB needed")
                        .doesNotContain("started", "\tat ");
            }
        } finally {
            Files.deleteIfExists(filler);
        }
        assertThat(StoreState.of(store, work)).isEqualTo(before);
        deleteRecursively(store);
    }

    private void run(String... args) throws Exception {
        try (ChildCli child = ChildCli.start(work, List.of(), args)) {
            assertThat(child.waitFor(600)).as(child.output()).isZero();
        }
    }

    private Path copyToSmallDisk(String name) throws IOException {
        Path target = Files.createDirectories(SMALL_DISK.resolve(name));
        try (Stream<Path> files = Files.list(base)) {
            for (Path source : files.toList()) {
                Files.copy(source, target.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    /** Another program filling the disk: writes until {@code bytes} are taken or the disk refuses. */
    private static void fill(Path filler, long bytes) throws IOException {
        byte[] block = new byte[(int) MEGABYTE];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written + block.length <= bytes; written += block.length) {
                out.write(block);
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
