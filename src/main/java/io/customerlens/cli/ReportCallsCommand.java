package io.customerlens.cli;

import io.customerlens.report.pdf.ListDocument;
import io.customerlens.report.pdf.ListPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** {@code customerlens report calls --pdf FILE}: today's call sheet as a PDF. */
@Command(name = "calls", sortOptions = false, usageHelpAutoWidth = true)
final class ReportCallsCommand extends PdfReportCommand {

    ReportCallsCommand(CommandEnvironment environment) {
        super(environment);
    }

    @Override
    Rendering read(StoreSession store) {
        if (!store.printedLists().keepsFollowUps()) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.report.noFollowUps"));
        }
        ListDocument list = store.printedLists().callSheet(messages,
                environment.analysis().get().lapseWindow());
        return () -> new ListPdf(messages).toBytes(list);
    }
}
