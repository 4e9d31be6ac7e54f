package io.customerlens.service;

import io.customerlens.domain.Field;
import io.customerlens.importer.ColumnMapping;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SheetInspection;
import io.customerlens.importer.SheetLayout;

import java.nio.charset.Charset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies to an inspection what the importer cannot detect: a mapping remembered from an earlier file with
 * the same headers, and the user's options (sheet, column mapping, date order). Pure: no store access.
 */
final class InspectionChoices {

    private InspectionChoices() {
    }

    /** Each sheet whose headers have a remembered mapping gets it in place of the suggestion. */
    static FileInspection withRemembered(FileInspection inspection,
                                         Function<List<String>, Optional<Map<Field, String>>> rememberedFor) {
        List<SheetInspection> sheets = inspection.sheets().stream()
                .map(sheet -> rememberedFor.apply(sheet.layout().headers())
                        .map(remembered -> withMapping(sheet,
                                MappingRules.fromHeaders(remembered, sheet.layout().headers())))
                        .orElse(sheet))
                .toList();
        return new FileInspection(inspection.file(), inspection.format(), inspection.charset(),
                inspection.date1904(), sheets, inspection.salesSheets());
    }

    /**
     * The user's mapping and date order on every sheet, and {@code salesSheets} set to the chosen sheets.
     * Applying it twice gives the same inspection.
     *
     * @throws IllegalArgumentException for an unknown sheet name or a mapped header the first chosen sheet lacks
     */
    static FileInspection withOptions(FileInspection inspection, ImportOptions options) {
        List<SheetInspection> sheets = inspection.sheets().stream()
                .map(sheet -> withOptions(sheet, options))
                .toList();
        FileInspection adjusted = new FileInspection(inspection.file(), inspection.format(), inspection.charset(),
                inspection.date1904(), sheets, inspection.salesSheets());
        List<String> chosen = chooseSheets(adjusted, options.sheet());
        requireMappedHeadersExist(adjusted, chosen, options.mapping());
        return new FileInspection(inspection.file(), inspection.format(), inspection.charset(),
                inspection.date1904(), sheets, chosen);
    }

    /**
     * The plan for the inspection's sales sheets, with the first one's mapping and date order (ambiguous when its
     * values could not decide it), and the options' days ahead.
     */
    static ImportPlan plan(FileInspection inspection, ImportOptions options) {
        FileInspection adjusted = withOptions(inspection, options);
        List<SheetInspection> chosen = adjusted.salesSheets().stream()
                .map(name -> sheet(adjusted, name).orElseThrow())
                .toList();
        List<SheetLayout> layouts = chosen.stream().map(SheetInspection::layout).toList();
        ColumnMapping mapping = chosen.isEmpty() ? ColumnMapping.empty() : chosen.getFirst().suggestedMapping();
        DateOrder dateOrder = options.dateOrder()
                .orElse(chosen.isEmpty() ? DateOrder.YMD : chosen.getFirst().dateOrder());
        Optional<Charset> encoding = options.encoding().or(inspection::charset);
        boolean ambiguous = !chosen.isEmpty() && !chosen.getFirst().dateOrderDecidedByValues();
        return new ImportPlan(inspection.file(), encoding, layouts, mapping, dateOrder, ambiguous,
                options.daysAheadAllowed());
    }

    private static SheetInspection withOptions(SheetInspection sheet, ImportOptions options) {
        ColumnMapping mapping = MappingRules.override(sheet.suggestedMapping(), options.mapping(),
                sheet.layout().headers());
        DateOrder dateOrder = options.dateOrder().orElse(sheet.dateOrder());
        return new SheetInspection(sheet.layout(), sheet.previewRows(), mapping, dateOrder,
                sheet.dateOrderDecidedByValues(), sheet.salesScore());
    }

    private static SheetInspection withMapping(SheetInspection sheet, ColumnMapping mapping) {
        return new SheetInspection(sheet.layout(), sheet.previewRows(), mapping, sheet.dateOrder(),
                sheet.dateOrderDecidedByValues(), sheet.salesScore());
    }

    private static List<String> chooseSheets(FileInspection inspection, Optional<String> wanted) {
        if (wanted.isEmpty()) {
            if (!inspection.salesSheets().isEmpty()) {
                return inspection.salesSheets();
            }
            // Nothing looked like sales lines: offer the likeliest sheet, so the user's mapping can still rescue it.
            return inspection.sheets().stream()
                    .max(Comparator.comparingDouble(SheetInspection::salesScore))
                    .map(sheet -> List.of(sheet.layout().sheetName()))
                    .orElse(List.of());
        }
        String name = wanted.get();
        if (name.strip().equalsIgnoreCase(ImportOptions.ALL_SHEETS)) {
            return inspection.sheets().stream()
                    .filter(sheet -> MappingRules.mapsSalesLines(sheet.suggestedMapping()))
                    .map(sheet -> sheet.layout().sheetName())
                    .toList();
        }
        return sheet(inspection, name)
                .or(() -> inspection.sheets().stream()
                        .filter(sheet -> sheet.layout().sheetName().strip().equalsIgnoreCase(name.strip()))
                        .findFirst())
                .map(sheet -> List.of(sheet.layout().sheetName()))
                .orElseThrow(() -> new PlanProblemException("No sheet \"" + name + "\" in "
                        + inspection.file().getFileName() + "; sheets: " + String.join(", ", sheetNames(inspection)),
                        "import.plan.noSuchSheet", name, String.valueOf(inspection.file().getFileName()),
                        String.join(", ", sheetNames(inspection))));
    }

    private static void requireMappedHeadersExist(FileInspection inspection, List<String> chosen,
                                                  Map<Field, String> mapping) {
        if (mapping.isEmpty()) {
            return;
        }
        List<String> headers = chosen.isEmpty() ? List.of() : sheet(inspection, chosen.getFirst())
                .map(sheet -> sheet.layout().headers()).orElse(List.of());
        String sheetName = chosen.isEmpty() ? "(none)" : chosen.getFirst();
        mapping.forEach((field, header) -> {
            if (MappingRules.indexOf(headers, header).isEmpty()) {
                throw new PlanProblemException("No column \"" + header + "\" (for " + field.cliName()
                        + ") in sheet \"" + sheetName + "\"; columns: " + String.join(", ", headers),
                        "import.plan.noSuchColumn", header, field.cliName(), sheetName, String.join(", ", headers));
            }
        });
    }

    private static Optional<SheetInspection> sheet(FileInspection inspection, String name) {
        return inspection.sheets().stream().filter(sheet -> sheet.layout().sheetName().equals(name)).findFirst();
    }

    private static List<String> sheetNames(FileInspection inspection) {
        return inspection.sheets().stream().map(sheet -> sheet.layout().sheetName()).toList();
    }
}
