package io.customerlens.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/**
 * The CSV conventions of every export: UTF-8 with a byte-order mark (Excel on Chinese Windows reads a CSV
 * without one as GBK and garbles every Chinese name; other tools skip the mark), Commons CSV's default
 * format (comma, CRLF, quotes only where needed), text cells safe from spreadsheet formulas ({@link CsvRecord}),
 * the folder created when missing. The file is written
 * beside its target under a temporary name and moved into place, so a failure never leaves a
 * half-written file under the real name.
 */
final class CsvFile {

    static final String EXTENSION = ".csv";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String TEMPORARY_SUFFIX = ".tmp";

    /** Adds the records after the header. */
    @FunctionalInterface
    interface Records {
        void print(Rows rows) throws IOException;
    }

    /** Where the records go: only as {@link CsvRecord}s, so every cell says whether it is text or a number. */
    @FunctionalInterface
    interface Rows {
        void add(CsvRecord record) throws IOException;
    }

    private CsvFile() {
    }

    /** @return the file written, {@code folder/fileName} */
    static Path write(Path folder, String fileName, List<String> header, Records records) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName);
        // Not Files.createTempFile: its owner-only permissions would stay on the moved file.
        Path temporary = folder.resolve("." + fileName + "-" + UUID.randomUUID() + TEMPORARY_SUFFIX);
        try {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writer.write(BYTE_ORDER_MARK);
                try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                    records.print(record -> printer.printRecord(record.cells()));
                }
            }
            moveIntoPlace(temporary, file);
        } catch (Throwable e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return file;
    }

    private static void moveIntoPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
