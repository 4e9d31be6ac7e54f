package io.customerlens.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatestAttributesTest {

    private record Collected(String key, List<String> values, LocalDate date) {
    }

    private static List<Collected> collect(LatestAttributes attributes) {
        return attributes.results((key, values, date) -> new Collected(key, Arrays.asList(values), date));
    }

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2024, 3, dayOfMarch);
    }

    @Test
    void eachAttributeComesFromTheLatestLineThatHasIt() {
        LatestAttributes attributes = new LatestAttributes(2);
        attributes.record("C1", day(1), "Shop A", "North");
        attributes.record("C1", day(3), "Shop A2", null);
        attributes.record("C1", day(2), "Shop A1", "South");

        assertThat(collect(attributes)).containsExactly(new Collected("C1", List.of("Shop A2", "South"), day(3)));
    }

    @Test
    void onTheSameDateTheLaterLineWinsAndBlanksEraseNothing() {
        LatestAttributes attributes = new LatestAttributes(2);
        attributes.record("C1", day(5), "first", "North");
        attributes.record("C1", day(5), "second", "  ");

        assertThat(collect(attributes)).containsExactly(new Collected("C1", List.of("second", "North"), day(5)));
    }

    @Test
    void keysAreCollectedApart() {
        LatestAttributes attributes = new LatestAttributes(1);
        attributes.record("C1", day(1), "a");
        attributes.record("C2", day(2), (String) null);

        assertThat(attributes.size()).isEqualTo(2);
        assertThat(collect(attributes)).containsExactlyInAnyOrder(new Collected("C1", List.of("a"), day(1)),
                new Collected("C2", Arrays.asList((String) null), day(2)));
    }
}
