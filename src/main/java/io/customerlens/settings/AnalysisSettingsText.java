package io.customerlens.settings;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.segments.KeyAccountCriterion;
import io.customerlens.analysis.segments.KeyAccountCutoffs;
import io.customerlens.analysis.segments.KeyAccountWeights;
import io.customerlens.analysis.segments.RfmOptions;
import io.customerlens.analysis.segments.RfmThresholds;
import io.customerlens.analysis.segments.RfmWindow;
import io.customerlens.analysis.segments.ThresholdMethod;
import io.customerlens.analysis.segments.TierCutoffs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link AnalysisSettings} as one line of text, {@code lapseMonths=6;asOf=2024-05-31;rfmMethod=MEAN;...}. Each
 * choice is read on its own: one that cannot be read (edited by hand, an older version) falls back to its
 * default and the others are kept.
 */
final class AnalysisSettingsText {

    private AnalysisSettingsText() {
    }

    static String write(AnalysisSettings settings) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lapseMonths", String.valueOf(settings.lapseWindow().months()));
        fields.put("asOf", settings.asOf().map(LocalDate::toString).orElse(""));
        fields.put("rfmMethod", settings.rfm().method().name());
        fields.put("rfmWindow", settings.rfm().window().name());
        RfmThresholds fixed = settings.rfm().fixed();
        if (fixed != null) {
            fields.put("rfmFixed", fixed.recencyDays() + "," + fixed.orders() + "," + fixed.netAmount().toPlainString());
        }
        fields.put("tiers", settings.tiers().a() + "," + settings.tiers().b());
        fields.put("weights", settings.weights().percent().entrySet().stream()
                .map(weight -> weight.getKey().code() + ":" + weight.getValue()).collect(Collectors.joining(",")));
        fields.put("cutoffs", settings.cutoffs().strategic() + "," + settings.cutoffs().key());
        fields.put("bcgUnit", settings.bcgUnit().map(BcgUnit::name).orElse(""));
        fields.put("bcgPeriod", settings.bcgPeriod().name());
        fields.put("taskCapacity", String.valueOf(settings.taskCapacity()));
        fields.put("taskHorizonDays", String.valueOf(settings.taskHorizonDays()));
        fields.put("winBackWindowDays", String.valueOf(settings.winBackWindowDays()));
        settings.salesperson().ifPresent(name -> fields.put("salesperson", name));
        return fields.entrySet().stream().map(field -> field.getKey() + "=" + field.getValue())
                .collect(Collectors.joining(";"));
    }

    static Optional<AnalysisSettings> read(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                fields.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        AnalysisSettings defaults = AnalysisSettings.DEFAULTS;
        return Optional.of(new AnalysisSettings(
                field(fields, "lapseMonths", value -> new LapseWindow(Integer.parseInt(value)), defaults::lapseWindow),
                field(fields, "asOf", value -> value.isEmpty() ? Optional.<LocalDate>empty()
                        : Optional.of(LocalDate.parse(value)), defaults::asOf),
                rfm(fields),
                field(fields, "tiers", value -> {
                    double[] shares = numbers(value, 2);
                    return new TierCutoffs(shares[0], shares[1]);
                }, defaults::tiers),
                field(fields, "weights", AnalysisSettingsText::weights, defaults::weights),
                field(fields, "cutoffs", value -> {
                    double[] scores = numbers(value, 2);
                    return new KeyAccountCutoffs(scores[0], scores[1]);
                }, defaults::cutoffs),
                field(fields, "bcgUnit", value -> value.isEmpty() ? Optional.<BcgUnit>empty()
                        : Optional.of(BcgUnit.valueOf(value)), defaults::bcgUnit),
                field(fields, "bcgPeriod", ComparisonPeriod::valueOf, defaults::bcgPeriod),
                field(fields, "taskCapacity", AnalysisSettingsText::positive, defaults::taskCapacity),
                field(fields, "taskHorizonDays", AnalysisSettingsText::positive, defaults::taskHorizonDays),
                field(fields, "winBackWindowDays", AnalysisSettingsText::positive, defaults::winBackWindowDays),
                Optional.ofNullable(fields.get("salesperson"))));
    }

    private static RfmOptions rfm(Map<String, String> fields) {
        RfmOptions defaults = AnalysisSettings.DEFAULTS.rfm();
        RfmThresholds fixed = field(fields, "rfmFixed", value -> {
            String[] parts = value.split(",");
            if (parts.length != 3) {
                throw new IllegalArgumentException(value);
            }
            return new RfmThresholds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), new BigDecimal(parts[2]));
        }, () -> null);
        ThresholdMethod method = field(fields, "rfmMethod", ThresholdMethod::valueOf, defaults::method);
        RfmWindow window = field(fields, "rfmWindow", RfmWindow::valueOf, defaults::window);
        return method == ThresholdMethod.FIXED && fixed == null ? new RfmOptions(defaults.method(), window, null)
                : new RfmOptions(method, window, fixed);
    }

    private static KeyAccountWeights weights(String value) {
        Map<KeyAccountCriterion, Double> percent = new EnumMap<>(KeyAccountCriterion.class);
        for (String pair : value.split(",")) {
            String[] parts = pair.split(":");
            KeyAccountCriterion criterion = java.util.Arrays.stream(KeyAccountCriterion.values())
                    .filter(c -> c.code().equals(parts[0].strip())).findFirst().orElseThrow();
            percent.put(criterion, Double.parseDouble(parts[1]));
        }
        return new KeyAccountWeights(percent);
    }

    private static int positive(String value) {
        int number = Integer.parseInt(value);
        if (number < 1) {
            throw new IllegalArgumentException(value);
        }
        return number;
    }

    private static double[] numbers(String value, int count) {
        String[] parts = value.split(",");
        if (parts.length != count) {
            throw new IllegalArgumentException(value);
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = Double.parseDouble(parts[i]);
        }
        return numbers;
    }

    /** The field read by {@code reader}; its default when absent or unreadable. */
    private static <T> T field(Map<String, String> fields, String name, Function<String, T> reader, Supplier<T> fallback) {
        String value = fields.get(name);
        if (value == null) {
            return fallback.get();
        }
        try {
            return reader.apply(value);
        } catch (RuntimeException unreadable) {
            return fallback.get();
        }
    }
}
