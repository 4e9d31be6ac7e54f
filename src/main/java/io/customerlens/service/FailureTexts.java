package io.customerlens.service;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.importer.source.RefusedFileException;
import io.customerlens.importer.source.UnreadableFileException;
import io.customerlens.report.TaskSheetException;
import io.customerlens.report.pdf.NoCjkFontException;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.store.StoreInUseException;
import io.customerlens.store.StorePasswordException;
import io.customerlens.store.StoreReadOnlyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A failure said in the user's language, for the window and the command line alike. A failure the user can act
 * on (a refused file, a full disk, a missing file, the store open elsewhere ...) gets its own sentence naming the
 * file, row or value; anything else is a fault of CustomerLens: it is logged with its details, and the user reads
 * a short sentence with the log file's path. No library text and no exception name ever reaches the user.
 */
public final class FailureTexts {

    private static final Logger LOG = LoggerFactory.getLogger(FailureTexts.class);

    private final MessageBundle messages;
    private final Optional<Path> logFile;

    /** @param logFile the file that holds the details of unexpected failures; empty when none is written */
    public FailureTexts(MessageBundle messages, Optional<Path> logFile) {
        this.messages = messages;
        this.logFile = logFile;
    }

    /** The sentence for a failure the user can understand and act on; empty for a fault of CustomerLens. */
    public Optional<String> known(Throwable failure) {
        return Optional.ofNullable(switch (failure) {
            case UncheckedIOException unchecked when unchecked.getCause() != null ->
                    known(unchecked.getCause()).orElse(null);
            case RefusedFileException refused -> messages.format(refused.refusal().messageKey(),
                    refused.messageArguments());
            case UnreadableFileException unreadable -> messages.get("error.unreadableFile");
            case DiskFullException full -> messages.format("error.diskFull", full.freeMegabytes(),
                    full.neededMegabytes());
            case NoCjkFontException noFont -> noFont.describe(messages);
            case TaskSheetException sheet -> messages.format(FollowUpLabels.sheetProblem(sheet.problem()),
                    String.valueOf(sheet.file().getFileName()), sheet.row(), sheet.column(), sheet.value());
            case PlanProblemException plan -> messages.format(plan.messageKey(), plan.arguments());
            case StoreReadOnlyException readOnly -> messages.get("error.readOnly");
            case StoreInUseException inUse -> messages.get("store.inUse");
            case StorePasswordException refused -> messages.get(refused.problem() == StorePasswordException.Problem.MISSING
                    ? "error.passwordMissing" : "error.passwordWrong");
            case NoSuchFileException missing -> messages.format("error.noSuchFile", missing.getFile());
            case AccessDeniedException denied -> messages.format("error.accessDenied", denied.getFile());
            // Other refusals of the file system (read-only, no room, a name too long) name the file; the
            // system's own words go to the log.
            case FileSystemException refused when refused.getFile() != null -> logged(refused,
                    messages.format("error.fileSystem", refused.getFile(), where()));
            default -> null;
        });
    }

    /** {@link #known} when it is, else {@link #unexpected}. */
    public String describe(Throwable failure) {
        return known(failure).orElseGet(() -> unexpected(failure));
    }

    /** Logs a fault of CustomerLens with its details and says where they are. */
    public String unexpected(Throwable failure) {
        return logged(failure, messages.format("error.unexpected", where()));
    }

    /**
     * As {@link #describe}, but logs nothing: for a second place that shows the same failure (the status bar, while
     * the page that asked for the work describes and logs it).
     */
    public String sentence(Throwable failure) {
        return known(failure).orElseGet(() -> messages.format("error.unexpected", where()));
    }

    /** Where the details are: the log file's path, or that none could be written. */
    public String where() {
        return logFile.map(file -> messages.format("error.logFile", file.toString()))
                .orElseGet(() -> messages.get("error.noLogFile"));
    }

    private static String logged(Throwable failure, String sentence) {
        LOG.error("failure shown to the user as: {}", sentence, failure);
        return sentence;
    }
}
