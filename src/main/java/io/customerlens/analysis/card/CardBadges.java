package io.customerlens.analysis.card;

/** The four badges of the card's header. */
public record CardBadges(Badge lifecycle, Badge rfm, Badge valueTier, Badge keyAccount) {
}
