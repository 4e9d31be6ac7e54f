package io.customerlens.service;

import io.customerlens.domain.Field;
import io.customerlens.importer.ColumnMapping;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.MappedColumn;
import io.customerlens.importer.SheetInspection;
import io.customerlens.importer.SheetLayout;
import io.customerlens.importer.source.SourceFormat;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectionChoicesTest {

    private static final List<String> SALES_HEADERS = List.of("Invoice", "Customer ID", "InvoiceDate", "Price", "Quantity",
            "Note");

    private static SheetInspection sheet(String name, List<String> headers, ColumnMapping mapping, double score) {
        return new SheetInspection(new SheetLayout(name, 1, headers), List.of(), mapping, DateOrder.MDY, true, score);
    }

    private static ColumnMapping suggested() {
        return ColumnMapping.empty()
                .with(Field.ORDER_ID, new MappedColumn(0, "Invoice", 1))
                .with(Field.CUSTOMER_ID, new MappedColumn(1, "Customer ID", 1))
                .with(Field.DATE, new MappedColumn(2, "InvoiceDate", 1))
                .with(Field.UNIT_PRICE, new MappedColumn(3, "Price", 1))
                .with(Field.QUANTITY, new MappedColumn(4, "Quantity", 1));
    }

    private static FileInspection workbook(List<String> salesSheets) {
        return new FileInspection(Path.of("/data/online_retail.xlsx"), SourceFormat.XLSX, Optional.empty(), false,
                List.of(sheet("Year 2009-2010", SALES_HEADERS, suggested(), 0.9),
                        sheet("Notes", List.of("Text"), ColumnMapping.empty(), 0.0),
                        sheet("Year 2010-2011", SALES_HEADERS, suggested(), 0.9)),
                salesSheets);
    }

    private static ImportOptions options(Optional<String> sheet, Map<Field, String> mapping) {
        return new ImportOptions(Optional.empty(), sheet, mapping, Optional.empty());
    }

    @Test
    void aRememberedMappingReplacesTheSuggestionOfSheetsWithThoseHeaders() {
        Map<Field, String> remembered = Map.of(Field.DATE, "InvoiceDate", Field.AMOUNT, "Price",
                Field.CUSTOMER_NAME, "Note");

        FileInspection inspection = InspectionChoices.withRemembered(workbook(List.of("Year 2009-2010")),
                headers -> headers.equals(SALES_HEADERS) ? Optional.of(remembered) : Optional.empty());

        ColumnMapping mapping = inspection.sheets().getFirst().suggestedMapping();
        assertThat(MappingRules.headersByField(mapping)).isEqualTo(remembered);
        assertThat(mapping.column(Field.CUSTOMER_NAME)).contains(new MappedColumn(5, "Note", 1.0));
        assertThat(inspection.sheets().get(1).suggestedMapping()).isEqualTo(ColumnMapping.empty());
    }

    @Test
    void aUserMappingMovesTheFieldToTheNamedColumn() {
        FileInspection inspection = InspectionChoices.withOptions(workbook(List.of("Year 2009-2010")),
                options(Optional.empty(), Map.of(Field.CUSTOMER_NAME, "customer id", Field.AMOUNT, "Price")));

        ColumnMapping mapping = inspection.sheets().getFirst().suggestedMapping();
        assertThat(mapping.column(Field.CUSTOMER_NAME)).contains(new MappedColumn(1, "Customer ID", 1.0));
        assertThat(mapping.has(Field.CUSTOMER_ID)).isFalse();
        assertThat(mapping.column(Field.AMOUNT)).contains(new MappedColumn(3, "Price", 1.0));
        assertThat(mapping.has(Field.UNIT_PRICE)).isFalse();
    }

    @Test
    void aMappedHeaderTheSheetLacksFailsNamingItAndTheColumns() {
        assertThatThrownBy(() -> InspectionChoices.withOptions(workbook(List.of("Year 2009-2010")),
                options(Optional.empty(), Map.of(Field.AMOUNT, "Revenue"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Revenue\"")
                .hasMessageContaining("Invoice, Customer ID, InvoiceDate, Price, Quantity, Note");
    }

    @Test
    void allChoosesEverySheetThatMapsADateAndAnAmountOrQuantityAndPrice() {
        FileInspection inspection = InspectionChoices.withOptions(workbook(List.of("Year 2009-2010")),
                options(Optional.of("all"), Map.of()));

        assertThat(inspection.salesSheets()).containsExactly("Year 2009-2010", "Year 2010-2011");
    }

    @Test
    void aNamedSheetIsChosenAlone() {
        FileInspection inspection = InspectionChoices.withOptions(workbook(List.of("Year 2009-2010", "Year 2010-2011")),
                options(Optional.of("year 2010-2011"), Map.of()));

        assertThat(inspection.salesSheets()).containsExactly("Year 2010-2011");
    }

    @Test
    void anUnknownSheetFailsListingTheSheets() {
        assertThatThrownBy(() -> InspectionChoices.withOptions(workbook(List.of("Year 2009-2010")),
                options(Optional.of("2012"), Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"2012\"")
                .hasMessageContaining("Year 2009-2010, Notes, Year 2010-2011");
    }

    @Test
    void withoutProposedSheetsTheLikeliestSheetIsOffered() {
        FileInspection inspection = InspectionChoices.withOptions(workbook(List.of()),
                options(Optional.empty(), Map.of()));

        assertThat(inspection.salesSheets()).containsExactly("Year 2009-2010");
    }

    @Test
    void thePlanHasTheChosenSheetsTheirMappingAndTheChosenDateOrderAndEncoding() {
        ImportOptions options = new ImportOptions(Optional.of(StandardCharsets.UTF_8), Optional.of("all"),
                Map.of(Field.AMOUNT, "Note"), Optional.of(DateOrder.DMY));

        ImportPlan plan = InspectionChoices.plan(workbook(List.of("Year 2009-2010")), options);

        assertThat(plan.sheets()).extracting(SheetLayout::sheetName).containsExactly("Year 2009-2010", "Year 2010-2011");
        assertThat(plan.mapping().column(Field.AMOUNT)).contains(new MappedColumn(5, "Note", 1.0));
        assertThat(plan.mapping().has(Field.DATE)).isTrue();
        assertThat(plan.dateOrder()).isEqualTo(DateOrder.DMY);
        assertThat(plan.encoding()).contains(StandardCharsets.UTF_8);
    }

    @Test
    void applyingTheOptionsTwiceChangesNothing() {
        ImportOptions options = options(Optional.of("all"), Map.of(Field.AMOUNT, "Note"));
        FileInspection once = InspectionChoices.withOptions(workbook(List.of("Year 2009-2010")), options);

        assertThat(InspectionChoices.withOptions(once, options)).isEqualTo(once);
    }

    @Test
    void aPlanWithoutADateColumnCannotBeImported() {
        ImportPlan plan = InspectionChoices.plan(workbook(List.of("Year 2009-2010")), options(Optional.empty(), Map.of()));
        ImportPlan withoutDate = new ImportPlan(plan.file(), plan.encoding(), plan.sheets(),
                plan.mapping().without(Field.DATE), plan.dateOrder());

        MappingRules.requireImportable(plan);
        assertThatThrownBy(() -> MappingRules.requireImportable(withoutDate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date=HEADER")
                .hasMessageContaining("InvoiceDate");
    }
}
