package io.customerlens.cli;

import io.customerlens.domain.CustomerAttribute;
import io.customerlens.report.pdf.ListDocument;
import io.customerlens.report.pdf.ListPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code customerlens report lapsed --lapse-months N --pdf FILE}: the lapsed customers as a PDF list. */
@Command(name = "lapsed", sortOptions = false, usageHelpAutoWidth = true)
final class ReportLapsedCommand extends PdfReportCommand {

    @Mixin
    AsOfWindowOptions analysis;

    @Option(names = "--filter", paramLabel = "ATTRIBUTE=VALUE", descriptionKey = "filter")
    List<String> filters = new ArrayList<>();

    ReportLapsedCommand(CommandEnvironment environment) {
        super(environment);
        analysis = new AsOfWindowOptions(environment.analysis().get());
    }

    @Override
    Rendering read(StoreSession store) {
        Map<CustomerAttribute, String> attributes = attributeFilters();
        ListDocument list = store.printedLists().lapsed(analysis.asOf(), window(analysis.lapseMonths), attributes,
                messages);
        return () -> new ListPdf(messages).toBytes(list);
    }

    private Map<CustomerAttribute, String> attributeFilters() {
        Map<CustomerAttribute, String> attributes = new EnumMap<>(CustomerAttribute.class);
        String names = Arrays.stream(CustomerAttribute.values()).map(ReportLapsedCommand::spelling)
                .collect(Collectors.joining(", "));
        for (String filter : filters) {
            int equals = filter.indexOf('=');
            Optional<CustomerAttribute> attribute = equals <= 0 ? Optional.empty()
                    : Arrays.stream(CustomerAttribute.values())
                    .filter(a -> spelling(a).equals(filter.substring(0, equals).strip().toLowerCase(Locale.ROOT)))
                    .findFirst();
            if (attribute.isEmpty() || filter.substring(equals + 1).isBlank()) {
                throw new ParameterException(spec.commandLine(), messages.format("cli.report.badFilter", filter, names));
            }
            attributes.put(attribute.get(), filter.substring(equals + 1).strip());
        }
        return attributes;
    }

    private static String spelling(CustomerAttribute attribute) {
        return attribute.name().toLowerCase(Locale.ROOT);
    }
}
