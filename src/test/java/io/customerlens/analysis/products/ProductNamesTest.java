package io.customerlens.analysis.products;

import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.ProductNameCount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The name shown for a product code: the name of the most lines; on a tie the latest, else the first in order. */
class ProductNamesTest {

    @ParameterizedTest(name = "{0} with latest {1} → {2} of {3}")
    @CsvSource(delimiter = ';', value = {
            // counts (name:lines, …); latest stored name; shown; names
            "阿莫西林胶囊:3,阿莫西林 0.25g:1,阿莫西林(新):1; 阿莫西林(新); 阿莫西林胶囊; 3",
            "甲:2,乙:2; 乙; 乙; 2",
            "Zinnat:2,Amoxil:2; Augmentin; Amoxil; 2",
            "乙:1; 乙; 乙; 1",
            "甲:1,甲:4,乙:3; 乙; 甲; 2",
    })
    void theNameOfTheMostLinesIsShown(String counts, String latest, String shown, int names) {
        List<ProductNameCount> tallies = new ArrayList<>();
        for (String pair : counts.split(",")) {
            String[] parts = pair.split(":");
            tallies.add(new ProductNameCount("236701", parts[0], Long.parseLong(parts[1])));
        }
        Map<String, ProductInfo> stored = Map.of("236701", new ProductInfo("236701", latest, "抗生素", null));

        ProductNames productNames = ProductNames.of(tallies, stored);

        assertThat(productNames.applyTo(stored).get("236701"))
                .isEqualTo(new ProductInfo("236701", shown, "抗生素", null));
        assertThat(productNames.nameCount("236701")).isEqualTo(names);
    }

    @org.junit.jupiter.api.Test
    void aProductWithoutCountsKeepsItsNameAndCountsOne() {
        Map<String, ProductInfo> stored = Map.of("P01", new ProductInfo("P01", "矿泉水", null, null));

        ProductNames productNames = ProductNames.of(List.of(), stored);

        assertThat(productNames.applyTo(stored)).isEqualTo(stored);
        assertThat(productNames.nameCount("P01")).isEqualTo(1);
    }
}
