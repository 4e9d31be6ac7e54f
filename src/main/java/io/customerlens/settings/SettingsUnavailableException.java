package io.customerlens.settings;

/** The settings storage refused a write (read-only home folder, broken registry ...). */
public class SettingsUnavailableException extends RuntimeException {

    public SettingsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
