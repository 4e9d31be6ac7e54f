package io.customerlens.ui.home;

/** What Home shows: nothing yet, the first-start offer, or the store's facts. */
public enum HomeState {
    LOADING, EMPTY_STORE, FILLED_STORE
}
