package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.FailureTexts;
import io.customerlens.service.LikelyReimportException;

/**
 * One line that says why something failed, in the user's language ({@link FailureTexts}); a fault of CustomerLens
 * is logged and named by its log file. The likely re-import names the command line's own option.
 */
final class FailureText {

    private final MessageBundle messages;
    private final FailureTexts texts;

    FailureText(MessageBundle messages, Diagnostics diagnostics) {
        this.messages = messages;
        this.texts = new FailureTexts(messages, diagnostics.logFile());
    }

    String describe(Throwable failure) {
        if (failure instanceof LikelyReimportException reimport) {
            return messages.format("cli.error.likelyReimport", reimport.matching(), reimport.newLines(),
                    reimport.earlier().fileName(), messages.moment(reimport.earlier().importedAt()));
        }
        return texts.describe(failure);
    }

    /** Logs a fault of CustomerLens and says where its details are. */
    String unexpected(Throwable failure) {
        return texts.unexpected(failure);
    }

    /** Where the details of failures are: the log file. */
    String where() {
        return texts.where();
    }
}
