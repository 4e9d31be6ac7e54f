package io.customerlens.ui.importwizard;

/** The import wizard's steps, in order. */
public enum WizardStep {
    CHOOSE_FILE, MAPPING, IMPORTING, SUMMARY
}
