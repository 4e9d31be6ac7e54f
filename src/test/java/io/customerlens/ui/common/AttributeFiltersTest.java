package io.customerlens.ui.common;

import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** A list's attribute filters: values offered from the rows, choices, what a printed header shows, clearing. */
class AttributeFiltersTest {

    private enum Attribute { REGION, TYPE }

    private record Row(String region, String type) {
    }

    private static final List<Row> ROWS = List.of(new Row("华东", "零售"), new Row("华北", "批发"),
            new Row("华东", " "), new Row(null, "零售"));

    private final AtomicInteger changes = new AtomicInteger();
    private final AttributeFilters<Attribute> filters =
            new AttributeFilters<>(Attribute.class, List.of(Attribute.values()), changes::incrementAndGet);

    @Test
    void offersTheDistinctNonBlankValuesOfEachAttributeAfterAny() {
        filters.offer(ROWS, AttributeFiltersTest::reader, Collator.getInstance(Locale.ROOT));

        assertThat(filters.options(Attribute.REGION)).hasSize(3).first().isEqualTo(AttributeChoice.ANY);
        assertThat(filters.options(Attribute.REGION)).contains(new AttributeChoice("华东"), new AttributeChoice("华北"));
        assertThat(filters.options(Attribute.TYPE)).hasSize(3).doesNotContain(new AttributeChoice(" "));
    }

    @Test
    void aChoiceCallsBackAndOnlyChosenValuesAreReported() {
        filters.offer(ROWS, AttributeFiltersTest::reader, Collator.getInstance(Locale.ROOT));

        filters.choiceProperty(Attribute.TYPE).set(new AttributeChoice("零售"));

        assertThat(changes).hasValue(1);
        assertThat(filters.chosenValues()).isEqualTo(Map.of(Attribute.TYPE, "零售"));
        Map<Attribute, AttributeChoice> choices = filters.choices();
        assertThat(ROWS.stream().filter(row -> AttributeFilters.acceptsAll(choices, attribute -> reader(attribute).apply(row))))
                .containsExactly(ROWS.get(0), ROWS.get(3));
    }

    @Test
    void clearingPutsEveryAttributeBackToAny() {
        filters.choiceProperty(Attribute.REGION).set(new AttributeChoice("华北"));
        filters.choiceProperty(Attribute.TYPE).set(new AttributeChoice("批发"));

        filters.clear();

        assertThat(filters.chosenValues()).isEmpty();
        assertThat(filters.choices()).containsOnly(Map.entry(Attribute.REGION, AttributeChoice.ANY),
                Map.entry(Attribute.TYPE, AttributeChoice.ANY));
    }

    private static Function<Row, String> reader(Attribute attribute) {
        return attribute == Attribute.REGION ? Row::region : Row::type;
    }
}
