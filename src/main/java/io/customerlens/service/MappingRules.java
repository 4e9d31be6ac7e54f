package io.customerlens.service;

import io.customerlens.domain.Field;
import io.customerlens.importer.ColumnMapping;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.MappedColumn;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** What a mapping needs to import sales lines, and conversions between mappings and field -> header maps. */
final class MappingRules {

    /** Remembered and user-chosen columns are certain. */
    static final double CHOSEN = 1.0;

    private MappingRules() {
    }

    /** A sheet holds sales lines when it maps a date and an amount, or a quantity and a unit price. */
    static boolean mapsSalesLines(ColumnMapping mapping) {
        return mapping.has(Field.DATE)
                && (mapping.has(Field.AMOUNT) || mapping.has(Field.QUANTITY) && mapping.has(Field.UNIT_PRICE));
    }

    /** Fails with a message the command line can print as is when the plan cannot produce a single line. */
    static void requireImportable(ImportPlan plan) {
        String file = plan.file().getFileName().toString();
        if (plan.sheets().isEmpty()) {
            throw new PlanProblemException(file + ": no sheet chosen to import", "import.plan.noSheet", file);
        }
        String columns = String.join(", ", plan.sheets().getFirst().headers());
        if (!plan.mapping().has(Field.DATE)) {
            throw new PlanProblemException(file + ": no column is mapped to " + Field.DATE.cliName()
                    + " (map one with " + Field.DATE.cliName() + "=HEADER); columns: " + columns,
                    "import.plan.noDate", file, Field.DATE.cliName(), columns);
        }
        if (!mapsSalesLines(plan.mapping())) {
            throw new PlanProblemException(file + ": no column is mapped to " + Field.AMOUNT.cliName()
                    + " (nor both " + Field.QUANTITY.cliName() + " and " + Field.UNIT_PRICE.cliName()
                    + "); columns: " + columns, "import.plan.noAmount", file, Field.AMOUNT.cliName(),
                    Field.QUANTITY.cliName(), Field.UNIT_PRICE.cliName(), columns);
        }
    }

    static Map<Field, String> headersByField(ColumnMapping mapping) {
        Map<Field, String> headers = new EnumMap<>(Field.class);
        mapping.columns().forEach((field, column) -> headers.put(field, column.header()));
        return headers;
    }

    /** The mapping that puts each field on the column with that header; fields whose header is missing are left out. */
    static ColumnMapping fromHeaders(Map<Field, String> headersByField, List<String> headers) {
        return override(ColumnMapping.empty(), headersByField, headers);
    }

    /**
     * Applies the user's choices over a mapping: each field goes to the column with that header (exactly,
     * else ignoring case and surrounding spaces); a header this sheet lacks leaves the field as it was.
     */
    static ColumnMapping override(ColumnMapping mapping, Map<Field, String> overrides, List<String> headers) {
        ColumnMapping result = mapping;
        // In field order, so that the outcome does not depend on the map's iteration order.
        for (Field field : Field.values()) {
            String header = overrides.get(field);
            OptionalInt index = header == null ? OptionalInt.empty() : indexOf(headers, header);
            if (index.isPresent()) {
                result = result.with(field, column(headers, index.getAsInt()));
            }
        }
        return result;
    }

    /**
     * The column a user-typed or remembered header name means: the exact header, else the first one equal
     * ignoring case and surrounding spaces, else ignoring width, punctuation and spacing (as header signatures
     * do, so a remembered mapping finds its columns in every file with the same signature).
     */
    static OptionalInt indexOf(List<String> headers, String wanted) {
        int exact = headers.indexOf(wanted);
        if (exact >= 0) {
            return OptionalInt.of(exact);
        }
        OptionalInt loose = firstMatch(headers, wanted, MappingRules::fold);
        return loose.isPresent() ? loose : firstMatch(headers, wanted, MappingRules::lettersAndDigits);
    }

    private static OptionalInt firstMatch(List<String> headers, String wanted, UnaryOperator<String> form) {
        String wantedForm = form.apply(wanted);
        return IntStream.range(0, headers.size())
                .filter(i -> form.apply(headers.get(i)).equals(wantedForm))
                .findFirst();
    }

    private static MappedColumn column(List<String> headers, int index) {
        return new MappedColumn(index, headers.get(index), CHOSEN);
    }

    private static String fold(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    private static String lettersAndDigits(String header) {
        String folded = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
