package io.customerlens.service.lapse;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.lapse.CustomerMovement;
import io.customerlens.analysis.lapse.MovementKind;
import io.customerlens.domain.CustomerAttribute;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The customers behind a figure of a lapse report (a movement cell, a breakdown row), taken from the report's own
 * per-customer figures by the rules its tables were counted with. Pure.
 */
public final class LapseMembers {

    private LapseMembers() {
    }

    /** The customers of one cell of the movement table: {@code kind} in month {@code month} (a month index). */
    public static Set<String> movement(LapseReport report, int month, MovementKind kind) {
        if (report.asOf() == null) {
            return Set.of();
        }
        return CustomerMovement.members(report.customers().stream().map(LapseRow::lapse).toList(),
                MonthIndex.of(report.asOf()), month, kind);
    }

    /** The lapsed customers of one breakdown row (value null: those without one), its "lapsed" figure. */
    public static Set<String> lapsedWith(LapseReport report, CustomerAttribute attribute, String value) {
        return report.customers().stream()
                .filter(row -> row.lapse().lapsed() && Objects.equals(attribute.of(row.info()), value))
                .map(row -> row.lapse().customerKey()).collect(Collectors.toSet());
    }
}
