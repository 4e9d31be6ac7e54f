package io.customerlens.service;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.products.BcgOptions;
import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.service.products.ProductData;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentRow;
import io.customerlens.service.snapshot.AnalysisSnapshot;
import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A manager's salesperson choice narrows every service's figures; expectations from {@link TeamSalesFixture}, by hand. */
@OnEveryStore
class SalespersonScopeTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private TeamSalesFixture team;

    @BeforeEach
    void open() throws IOException {
        team = new TeamSalesFixture(store, folder);
    }

    @AfterEach
    void close() {
        team.close();
    }

    static Stream<Arguments> scopes() {
        return Stream.of(
                // everyone: as of the latest line; C02 (4 idle months), C03 (3) and C05 (5) lapsed (N = 3)
                arguments(Optional.empty(), LocalDate.of(2024, 6, 30), Set.of("C01", "C02", "C03", "C04", "C05"),
                        Set.of("C02", "C03", "C05"),
                        Map.of("食品", "3200.00", "饮料", "1600.00", "日用", "2050.00")),
                // 张伟 sees his own latest line (C01 on 06-28) as the as-of date, as with his own login
                arguments(Optional.of("张伟"), LocalDate.of(2024, 6, 28), Set.of("C01", "C02", "C03"),
                        Set.of("C02", "C03"), Map.of("食品", "3200.00", "饮料", "900.00")),
                arguments(Optional.of("李娜"), LocalDate.of(2024, 6, 30), Set.of("C04", "C05"), Set.of("C05"),
                        Map.of("日用", "2050.00", "饮料", "700.00")));
    }

    @ParameterizedTest
    @MethodSource("scopes")
    void everyServiceSeesOnlyTheChosenSalespersonsCustomers(Optional<String> salesperson, LocalDate asOf,
                                                             Set<String> customers, Set<String> lapsed,
                                                             Map<String, String> categorySales) {
        team.customers.salespersonScope().scopeTo(salesperson);

        LapseData lapseData = team.lapses.load(Optional.empty());
        assertThat(lapseData.asOf()).isEqualTo(asOf);
        var lapse = team.lapses.analyse(lapseData, LapseWindow.DEFAULT);
        assertThat(lapse.customers()).extracting(row -> row.lapse().customerKey())
                .containsExactlyInAnyOrderElementsOf(customers);
        assertThat(lapse.customers().stream().filter(row -> row.lapse().lapsed()).map(LapseRow::info)
                .map(info -> info.id()).collect(Collectors.toSet())).isEqualTo(lapsed);

        var segments = team.segments.analyse(team.segments.load(Optional.empty()), SegmentOptions.defaults());
        assertThat(segments.customers()).extracting(SegmentRow::key).containsExactlyInAnyOrderElementsOf(customers);

        ProductData products = team.products.load(Optional.empty());
        Map<String, BigDecimal> sales = team.products.bcg(products, BcgOptions.of(BcgUnit.CATEGORY)).active().stream()
                .collect(Collectors.toMap(BcgRow::key, BcgRow::currentSales));
        assertThat(sales).hasSameSizeAs(categorySales);
        categorySales.forEach((category, amount) ->
                assertThat(sales.get(category)).isEqualByComparingTo(new BigDecimal(amount)));

        assertThat(team.customers.overview(Optional.empty()).customers()).hasSize(customers.size());
        // Home's "lines stored": C01 6 + C02 4 + C03 2 for 张伟, C04 4 + C05 2 for 李娜; all 18 of the file for all
        assertThat(team.lapses.storedLines()).isEqualTo(salesperson.isEmpty() ? 18
                : salesperson.get().equals("张伟") ? 12 : 6);
    }

    @Test
    void theChooserListsTheWholeStoresSalespeopleWhateverIsChosen() {
        team.customers.salespersonScope().scopeTo(Optional.of("李娜"));

        assertThat(team.customers.salespersonScope().salespeople()).containsExactly("张伟", "李娜");
    }

    @Test
    void aScopeIsMadeOncePerRevisionAndSalespersonWithoutReadingTheStoreAgain() {
        AnalysisSnapshot whole = team.snapshots.whole();
        team.snapshots.scopeTo(Optional.of("张伟"));
        AnalysisSnapshot first = team.snapshots.current();
        team.snapshots.scopeTo(Optional.empty());
        team.snapshots.scopeTo(Optional.of("张伟"));

        assertThat(team.snapshots.current()).isSameAs(first);
        assertThat(team.snapshots.whole()).isSameAs(whole);
        assertThat(first.revision()).isEqualTo(whole.revision());
        assertThat(first.lineCount()).isEqualTo(12);
        assertThat(whole.lineCount()).isEqualTo(18);
    }

    @Test
    void aSalespersonWithoutCustomersSeesAnEmptyStore() {
        team.snapshots.scopeTo(Optional.of("王五"));

        assertThat(team.snapshots.current().isEmpty()).isTrue();
        assertThat(team.lapses.load(Optional.empty()).isEmpty()).isTrue();
    }
}
