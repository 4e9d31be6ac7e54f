package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.importer.source.RefusedFileException;
import io.customerlens.service.DiskFullException;
import io.customerlens.service.LikelyReimportException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One line that says why something failed, for messages that must fit on one line. */
final class FailureText {


    private final MessageBundle messages;

    FailureText(MessageBundle messages) {
        this.messages = messages;
    }

    String describe(Throwable failure) {
        return switch (failure) {
            case NoSuchFileException missing -> messages.format("cli.error.noSuchFile", missing.getFile());
            case AccessDeniedException denied -> messages.format("cli.error.accessDenied", denied.getFile());
            case DiskFullException full -> messages.format("error.diskFull", full.freeMegabytes(), full.neededMegabytes());
            case LikelyReimportException reimport -> messages.format("cli.error.likelyReimport", reimport.matching(),
                    reimport.newLines(), reimport.earlier().fileName(),
                    messages.moment(reimport.earlier().importedAt()));
            case RefusedFileException refused -> messages.format(refused.refusal().messageKey(),
                    refused.messageArguments());
            default -> firstLine(failure);
        };
    }

    /** The innermost cause says what went wrong (H2's "database may be already in use", not Flyway's wrapper). */
    String describeRootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return describe(root);
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
