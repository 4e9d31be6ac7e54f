package io.customerlens.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/**
 * --db on every command that opens the store. Its text stays per command (cli.usage.&lt;command&gt;.db), since
 * picocli looks the description key up under the command that mixes the option in.
 */
final class DataFolderOption {

    @Option(names = "--db", paramLabel = "DIR", descriptionKey = "db")
    Path explicit;

    /** The folder given with --db, else the one the app uses. */
    Path resolve(CommandEnvironment environment) {
        return environment.dataFolder(Optional.ofNullable(explicit));
    }
}
