package io.customerlens.ui.importwizard;

import io.customerlens.domain.ImportProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Saves rejected lines as a spreadsheet; the app wires the report package's workbook writer. */
@FunctionalInterface
public interface RejectedLinesWriter {
    void write(List<ImportProblem> rejected, Path file) throws IOException;
}
