package io.customerlens.cli;

import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.report.pdf.CardPdf;
import io.customerlens.service.card.UnknownCustomerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code customerlens report card --customer KEY --pdf FILE}: one customer's card (客户管理卡) as a PDF. */
@Command(name = "card", sortOptions = false, usageHelpAutoWidth = true)
final class ReportCardCommand extends PdfReportCommand {

    @Option(names = "--customer", paramLabel = "KEY", required = true, descriptionKey = "customer")
    String customerKey;

    @Mixin
    AsOfWindowOptions analysis;

    ReportCardCommand(CommandEnvironment environment) {
        super(environment);
        analysis = new AsOfWindowOptions(environment.analysis().get());
    }

    @Override
    Rendering read(StoreSession store) {
        CustomerCard card;
        try {
            card = store.customerCardService().card(customerKey, analysis.asOf(),
                    segmentOptions(window(analysis.lapseMonths)));
        } catch (UnknownCustomerException unknown) {
            throw new ParameterException(spec.commandLine(), unknown.asOf() == null
                    ? messages.format("cli.report.unknownCustomer", unknown.customerKey())
                    : messages.format("cli.report.noPurchase", unknown.customerKey(), unknown.asOf().toString()));
        }
        return () -> new CardPdf(messages).toBytes(card);
    }
}
