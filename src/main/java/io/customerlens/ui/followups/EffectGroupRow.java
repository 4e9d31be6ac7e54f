package io.customerlens.ui.followups;

import io.customerlens.analysis.followups.EffectRow;

/** A row of the effect table: the group's shown name and its figures. */
public record EffectGroupRow(String name, EffectRow row) {
}
