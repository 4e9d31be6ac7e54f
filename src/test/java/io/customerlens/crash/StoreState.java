package io.customerlens.crash;

import io.customerlens.app.Main;
import io.customerlens.cli.Cli;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.store.Database;
import io.customerlens.store.SalesLineRepository;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a store holds, as a user would notice: the row count of every table, and every file {@code analyze}
 * writes. Two stores in the same state compare equal. Sales lines and import batches are counted as every
 * reader sees them (complete batches only): an unfinished batch whose half-indexed rows H2 refuses to delete
 * stays invisible until a later open removes it (IncompleteImports), so it is not part of what a user has.
 */
record StoreState(Map<String, Long> rowCounts, Map<String, String> analyzeFiles) {

    /** Opens the store (which removes an import a killed process left unfinished), counts, then runs analyze. */
    static StoreState of(Path store, Path scratch) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (Database database = Database.open(store)) {
            List<String> tables = database.jdbi().withHandle(handle -> handle.createQuery(
                            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                                    + " AND table_type = 'BASE TABLE' ORDER BY 1")
                    .mapTo(String.class).list());
            for (String table : tables) {
                String sql = switch (table) {
                    case "SALES_LINE" -> "SELECT COUNT(*) FROM sales_line WHERE " + SalesLineRepository.VISIBLE;
                    case "IMPORT_BATCH" -> "SELECT COUNT(*) FROM import_batch WHERE complete";
                    default -> "SELECT COUNT(*) FROM \"" + table + "\"";
                };
                counts.put(table, database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one()));
            }
        }
        Path out = Files.createTempDirectory(scratch, "analyze");
        StringWriter err = new StringWriter();
        int exit = new Cli(Main.storeSessions(), () -> store, MessageBundle.forLocale(Locale.ENGLISH), false)
                .execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                        "analyze", "--db", store.toString(), "--out", out.toString());
        if (exit != 0 && !counts.getOrDefault("SALES_LINE", 0L).equals(0L)) {
            throw new AssertionError("analyze failed on " + store + ": " + err);
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> written = Files.list(out)) {
            for (Path file : written.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return new StoreState(counts, files);
    }

    String describe() {
        return rowCounts.toString();
    }

    /** Which analyze files differ from {@code other}'s, with the first line that differs in each. */
    String differenceFrom(StoreState other) {
        StringBuilder text = new StringBuilder();
        java.util.Set<String> names = new java.util.TreeSet<>(analyzeFiles.keySet());
        names.addAll(other.analyzeFiles.keySet());
        for (String name : names) {
            List<String> mine = analyzeFiles.getOrDefault(name, "").lines().toList();
            List<String> theirs = other.analyzeFiles.getOrDefault(name, "").lines().toList();
            for (int line = 0; line < Math.max(mine.size(), theirs.size()); line++) {
                String a = line < mine.size() ? mine.get(line) : "<none>";
                String b = line < theirs.size() ? theirs.get(line) : "<none>";
                if (!a.equals(b)) {
                    text.append(" ").append(name).append(" line ").append(line + 1).append(": ").append(a)
                            .append(" | expected ").append(b).append(";");
                    break;
                }
            }
        }
        return text.toString();
    }
}
