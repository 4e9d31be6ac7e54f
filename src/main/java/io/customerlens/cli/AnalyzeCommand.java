package io.customerlens.cli;

import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.domain.CustomerSummary;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.analysis.segments.RfmOptions;
import io.customerlens.report.CustomersCsv;
import io.customerlens.report.RiskColumns;
import io.customerlens.report.SegmentColumns;
import io.customerlens.service.ExportService;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentRow;
import io.customerlens.report.GapsCsv;
import io.customerlens.report.KpiMonthlyCsv;
import io.customerlens.report.ProductsBcgCsv;
import io.customerlens.report.MovementCsv;
import io.customerlens.service.CustomerOverview;
import io.customerlens.service.CustomerRow;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code customerlens analyze --out DIR}: exports every customer's figures and lapse figures as of a date
 * to customers.csv, every customer's gaps to gaps.csv and the customer movement table to movement.csv; the
 * products' BCG matrix to products_bcg.csv and the monthly sales figures to kpi_monthly.csv.
 */
@Command(name = "analyze", sortOptions = false, usageHelpAutoWidth = true)
final class AnalyzeCommand implements Callable<Integer> {

    static final int DEFAULT_LAPSE_MONTHS = LapseWindow.DEFAULT.months();

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DataFolderOption dataFolder;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "asOf")
    LocalDate asOf;

    /** The window N of "lapsed (N)", {@link LapseWindow#MIN} to {@link LapseWindow#MAX}. */
    @Option(names = "--lapse-months", paramLabel = "N", descriptionKey = "lapseMonths")
    int lapseMonths = DEFAULT_LAPSE_MONTHS;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "out")
    Path outFolder;

    /** Null: the app's setting (mean unless changed). */
    @Option(names = "--rfm-threshold", paramLabel = "mean|median", descriptionKey = "rfmThreshold")
    RfmThresholdChoice rfmThreshold;

    /** Null: the app's setting (all history unless changed). */
    @Option(names = "--rfm-window", paramLabel = "all|12m", descriptionKey = "rfmWindow")
    RfmWindowChoice rfmWindow;

    /** Null: the app's setting, else the data's default unit (sub-category, else category, else product). */
    @Option(names = "--bcg-unit", paramLabel = "product|category|sub_category", descriptionKey = "bcgUnit")
    BcgUnit bcgUnit;

    private final CommandEnvironment environment;
    private final MessageBundle messages;

    AnalyzeCommand(CommandEnvironment environment) {
        this.environment = environment;
        this.messages = environment.messages();
        // The app's settings are this command's defaults: an option overrides them for this run only.
        AnalysisSettings settings = environment.analysis().get();
        this.asOf = settings.asOf().orElse(null);
        this.lapseMonths = settings.lapseWindow().months();
    }

    @Override
    public Integer call() throws IOException {
        if (lapseMonths < LapseWindow.MIN || lapseMonths > LapseWindow.MAX) {
            throw new ParameterException(spec.commandLine(), messages.format("cli.error.outOfRange", "--lapse-months",
                    String.valueOf(LapseWindow.MIN), String.valueOf(LapseWindow.MAX), String.valueOf(lapseMonths)));
        }
        LapseWindow window = new LapseWindow(lapseMonths);
        Path folder = dataFolder.resolve(environment);
        ExportService.CustomerExport export;
        try (StoreSession store = environment.stores().open(folder, dataFolder.password())) {
            AnalysisSettings settings = environment.analysis().get();
            export = store.exportService().export(Optional.ofNullable(asOf), window, segmentOptions(window),
                    Optional.ofNullable(bcgUnit).or(settings::bcgUnit), settings.bcgPeriod(),
                    settings.winBackWindowDays());
            store.followUpService().writeCsv(outFolder, export.followUpEffect());
        }
        CustomerOverview overview = export.overview();
        LapseReport lapse = export.lapse();
        List<CustomerSummary> summaries = overview.customers().stream().map(CustomerRow::summary).toList();
        List<CustomerLapse> lapses = lapse.customers().stream().map(LapseRow::lapse).toList();
        new CustomersCsv().write(outFolder, summaries, namesByKey(overview.customers()), lapses,
                segmentColumns(export.segments()), riskColumns(lapse), export.contacts());
        new GapsCsv().write(outFolder, lapses);
        new MovementCsv().write(outFolder, lapse.movement());
        new ProductsBcgCsv().write(outFolder, export.products().bcg());
        new KpiMonthlyCsv().write(outFolder, export.products().monthly());
        if (overview.asOf() == null) {
            environment.out().println(messages.format("cli.analyze.emptyStore", folder.toString(), outFolder.toString()));
        } else {
            long lapsed = lapses.stream().filter(CustomerLapse::lapsed).count();
            environment.out().println(messages.format("cli.analyze.wrote", summaries.size(),
                    overview.asOf().toString(), lapsed, lapseMonths, outFolder.toString()));
        }
        environment.out().println(messages.format("cli.analyze.wroteProducts", export.products().bcg().unit().code()));
        return ExitCodes.OK;
    }

    /** The app's segment settings, with the RFM options and window N given on the command line. */
    private SegmentOptions segmentOptions(LapseWindow window) {
        AnalysisSettings settings = environment.analysis().get();
        RfmOptions rfm = settings.rfm();
        RfmOptions chosen = new RfmOptions(rfmThreshold == null ? rfm.method() : rfmThreshold.method(),
                rfmWindow == null ? rfm.window() : rfmWindow.window(), rfm.fixed());
        return new SegmentOptions(chosen, settings.tiers(), settings.weights(), settings.cutoffs(), window,
                SegmentOptions.DEFAULT_NEW_MONTHS);
    }

    private static Map<String, SegmentColumns> segmentColumns(SegmentReport report) {
        Map<String, SegmentColumns> columns = new HashMap<>(report.customers().size() * 2);
        for (SegmentRow row : report.customers()) {
            columns.put(row.key(), new SegmentColumns(row.rfm(), row.valueTier(),
                    row.keyAccount() == null ? null : row.keyAccount().tier(), row.lifecycle()));
        }
        return columns;
    }

    private static Map<String, RiskColumns> riskColumns(LapseReport report) {
        Map<String, RiskColumns> columns = new HashMap<>(report.customers().size() * 2);
        for (LapseRow row : report.customers()) {
            columns.put(row.key(), new RiskColumns(row.risk().known() ? row.risk().probability() : null,
                    row.value12m(), row.valueAtRisk()));
        }
        return columns;
    }

    private static Map<String, String> namesByKey(List<CustomerRow> customers) {
        Map<String, String> names = new HashMap<>(customers.size() * 2);
        for (CustomerRow customer : customers) {
            if (customer.info().name() != null) {
                names.put(customer.key(), customer.info().name());
            }
        }
        return names;
    }
}
