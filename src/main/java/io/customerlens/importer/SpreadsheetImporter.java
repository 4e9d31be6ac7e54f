package io.customerlens.importer;

import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.importer.source.TabularSource;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Streams the rows of every sheet of a plan, cleans them into lines for the sink, and counts the rest.
 * Rows are parsed on a second thread a few blocks ahead ({@link PrefetchedRows}) and
 * interpreted one at a time, never collected, so memory does not grow with the file (except for the list of
 * rejected rows, which the summary shows). Duplicates are not decided here: every line
 * carries its fingerprint and the store skips lines it has already seen. The result counts every
 * skip reason, zero included.
 */
public final class SpreadsheetImporter {

    static final int PROGRESS_EVERY = 1_000;

    private final SourceOpener opener;
    private final Clock clock;

    /** @param clock tells today, after which a line may be dated by at most the plan's days ahead */
    public SpreadsheetImporter(SourceOpener opener, Clock clock) {
        this.opener = opener;
        this.clock = clock;
    }

    /** Progress is the number of data rows read so far (total -1: unknown). */
    public ReadResult read(ImportPlan plan, LineSink sink, ProgressListener progress, CancelSignal cancel)
            throws IOException {
        try (TabularSource source = opener.open(plan.file(), plan.encoding())) {
            return read(source, plan, sink, progress, cancel);
        }
    }

    /** Reads an already opened source (the seam tests use with in-memory sources). */
    ReadResult read(TabularSource source, ImportPlan plan, LineSink sink, ProgressListener progress,
                    CancelSignal cancel) throws IOException {
        String fileName = plan.file().getFileName().toString();
        long rowsRead = 0;
        long accepted = 0;
        Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            skipped.put(reason, 0L);
        }
        List<ImportProblem> rejected = new ArrayList<>();
        FutureDateRule futureDates = new FutureDateRule(LocalDate.now(clock), plan.daysAheadAllowed());
        for (SheetLayout layout : plan.sheets()) {
            RowInterpreter interpreter = new RowInterpreter(fileName, layout,
                    SheetColumns.resolve(layout, plan.mapping()), new DateParser(plan.dateOrder(), source.date1904()),
                    futureDates, source.decimalComma());
            LineFingerprinter fingerprinter = new LineFingerprinter(layout.headers(),
                    new DateParser(plan.dateOrder(), source.date1904()));
            LegacyLineFingerprinter legacy = sink.wantsLegacyFingerprints()
                    ? new LegacyLineFingerprinter(layout.headers()) : null;
            // The sheet is parsed on a second thread while this one interprets its rows; the rows are closed last,
            // once that thread has stopped.
            try (Stream<RawRow> rows = source.rows(layout.sheetName(), layout.headerRowNumber());
                 PrefetchedRows iterator = PrefetchedRows.start(rows.iterator())) {
                while (hasNext(iterator)) {
                    RawRow row = iterator.next();
                    if (row.rowNumber() <= layout.headerRowNumber()) {
                        continue;
                    }
                    cancel.throwIfCancelled();
                    rowsRead++;
                    switch (interpreter.interpret(row)) {
                        case RowOutcome.Accepted(var line) -> {
                            sink.accept(new ImportedLine(line, fingerprinter.fingerprint(row),
                                    legacy == null ? null : legacy.fingerprint(row), layout.sheetName(),
                                    row.rowNumber()));
                            accepted++;
                        }
                        case RowOutcome.Skipped(var reason) -> skipped.merge(reason, 1L, Long::sum);
                        case RowOutcome.Rejected(var problem) -> rejected.add(problem);
                    }
                    if (rowsRead % PROGRESS_EVERY == 0) {
                        progress.progress(rowsRead, -1);
                    }
                }
            }
        }
        progress.progress(rowsRead, -1);
        return new ReadResult(rowsRead, accepted, skipped, rejected);
    }

    /** A reader's streams can only throw unchecked: its {@link IOException} naming the file's problem comes back out. */
    private static boolean hasNext(Iterator<RawRow> rows) throws IOException {
        try {
            return rows.hasNext();
        } catch (UncheckedIOException unreadable) {
            throw unreadable.getCause();
        }
    }
}
