package io.customerlens.ui.settings;

import io.customerlens.settings.AppSettings;
import io.customerlens.settings.AskAtStart;
import io.customerlens.settings.PasswordKeyring;
import io.customerlens.settings.FigureStyle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import io.customerlens.settings.LocaleChoice;
import io.customerlens.settings.Setting;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import io.customerlens.domain.StorePassword;
import io.customerlens.ui.password.StoreProtection;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import io.customerlens.ui.common.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The settings dialog: language, data folder and the analysis settings every page shares, edited as a draft and
 * stored on {@link #apply()}.
 * A new language rebuilds the window at once (the app listens to the setting); a new data folder is
 * used from the next start, because the open store cannot move while the app runs.
 */
public final class SettingsViewModel {

    private final AppSettings settings;
    private final ObjectProperty<LocaleChoice> language = new SimpleObjectProperty<>(this, "language");
    private final StringProperty dataFolder = new SimpleStringProperty(this, "dataFolder", "");
    private final Path folderInUse;
    private final AnalysisDraft analysis;
    private final BooleanProperty amountsInWan = new SimpleBooleanProperty(this, "amountsInWan");
    private final BooleanProperty risingRed = new SimpleBooleanProperty(this, "risingRed");
    private final StoreProtection protection;
    /** The password chosen in the password dialog, set when the settings are applied; never stored. */
    private Optional<StorePassword> passwordChosen = Optional.empty();
    private final ReadOnlyStringWrapper passwordState = new ReadOnlyStringWrapper(this, "passwordState");
    private final ServerChoiceDraft server;

    public SettingsViewModel(AppSettings settings, Path folderInUse) {
        this(settings, folderInUse, StoreProtection.UNAVAILABLE);
    }

    /** @param protection sets, changes or removes the data's password (docs/decisions/0015) */
    public SettingsViewModel(AppSettings settings, Path folderInUse, StoreProtection protection) {
        this(settings, folderInUse, protection, new AskAtStart());
    }

    /** @param keyring keeps a team server's password between starts, where the computer has a keyring (0020) */
    public SettingsViewModel(AppSettings settings, Path folderInUse, StoreProtection protection,
                             PasswordKeyring keyring) {
        this.protection = protection;
        this.server = new ServerChoiceDraft(settings.get(Setting.TEAM_SERVER), keyring);
        this.settings = settings;
        this.folderInUse = folderInUse;
        language.set(settings.localeChoice());
        dataFolder.set(settings.get(Setting.DATA_FOLDER).map(Path::toString).orElse(""));
        analysis = new AnalysisDraft(settings.get(Setting.ANALYSIS));
        FigureStyle figures = settings.get(Setting.FIGURES);
        amountsInWan.set(figures.amountsInWan());
        risingRed.set(figures.risingRed());
    }

    /** Sets, changes or removes the data's password; unavailable on a read-only copy. */
    public StoreProtection protection() {
        return protection;
    }

    /** The password dialog's choice, made when the settings are applied. */
    public void choosePassword(StorePassword password) {
        passwordChosen = Optional.of(password);
        passwordState.set(password.isNone() ? "removePending" : "setPending");
    }

    /**
     * Where the password stands, as the key suffix of its line in the dialog: {@code on}, {@code off},
     * {@code setPending}, {@code removePending} or why none can be set ({@link StoreProtection#unavailableKey()}).
     */
    public ReadOnlyStringProperty passwordStateProperty() {
        if (passwordState.get() == null) {
            passwordState.set(!protection.available() ? protection.unavailableKey()
                    : protection.encrypted() ? "on" : "off");
        }
        return passwordState.getReadOnlyProperty();
    }

    /** Amounts of 10,000 and more shown in 万 (Chinese only). */
    public BooleanProperty amountsInWanProperty() {
        return amountsInWan;
    }

    /** Rising figures red, falling green: 红涨绿跌 (Chinese only). */
    public BooleanProperty risingRedProperty() {
        return risingRed;
    }

    /** Where the data is: a folder on this computer or a team server (docs/decisions/0020). */
    public ServerChoiceDraft server() {
        return server;
    }

    /** The analysis settings as edited (lapse window, as-of date, RFM, tiers, key accounts, BCG, tasks). */
    public AnalysisDraft analysis() {
        return analysis;
    }

    public List<LocaleChoice> languages() {
        return List.of(LocaleChoice.values());
    }

    public ObjectProperty<LocaleChoice> languageProperty() {
        return language;
    }

    /** The chosen folder as text; blank = the default place. */
    public StringProperty dataFolderProperty() {
        return dataFolder;
    }

    /** The folder the running app uses, shown so the user knows where the data is. */
    public Path folderInUse() {
        return folderInUse;
    }

    public void useDefaultDataFolder() {
        dataFolder.set("");
    }

    /**
     * Stores the draft; analysis settings and data folder first, so a language change rebuilds with all stored.
     * Call only when {@link AnalysisDraft#problem} is empty.
     */
    public void apply() {
        settings.set(Setting.ANALYSIS, analysis.toSettings());
        String folder = dataFolder.get() == null ? "" : dataFolder.get().strip();
        settings.set(Setting.DATA_FOLDER, folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder)));
        server.apply(settings);
        settings.set(Setting.FIGURES, new FigureStyle(amountsInWan.get(), risingRed.get()));
        settings.set(Setting.LOCALE, language.get());
        // Last: changing the password closes the window and the store, and opens them again.
        passwordChosen.ifPresent(protection::change);
    }

    /** True when the stored data folder differs from the one in use, so a restart is needed. */
    public boolean dataFolderNeedsRestart() {
        return !settings.dataFolder().equals(folderInUse);
    }

    /** True when a team server was chosen, changed or left: the app opens it (or the folder) at the next start. */
    public boolean serverNeedsRestart() {
        return server.changed(settings);
    }

    /** Why the draft cannot be applied, in the user's language: the data location first, then the analysis. */
    public Optional<String> locationProblem(Messages messages) {
        return server.problem(messages);
    }
}
