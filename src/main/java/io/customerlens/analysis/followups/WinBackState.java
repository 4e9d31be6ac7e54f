package io.customerlens.analysis.followups;

/** A contact's result after the win-back window: bought in it, did not, or the window has not ended yet. */
public enum WinBackState {
    WON_BACK, NOT_WON_BACK, PENDING
}
