package io.customerlens.cli;

import io.customerlens.domain.ServerLogin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * --db on every command that opens the store: a data folder, or a team server's JDBC URL
 * ({@code jdbc:postgresql://host:5432/customerlens}) with --db-user and --password-file (docs/decisions/0016). The
 * text of --db stays per command (cli.usage.&lt;command&gt;.db), since picocli looks the description key up under the
 * command that mixes the option in; the server options share theirs.
 */
final class DataFolderOption {

    @Option(names = "--db", paramLabel = "DIR", descriptionKey = "db")
    String explicit;

    @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "dbUser")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "passwordFile")
    Path passwordFile;

    /** The folder or server given with --db, else the folder the app uses. */
    StoreLocation resolve(CommandEnvironment environment) {
        if (ServerLogin.isServerUrl(explicit)) {
            return new StoreLocation.Server(new ServerLogin(explicit,
                    user == null ? System.getProperty("user.name") : user, password()));
        }
        return new StoreLocation.Folder(environment.dataFolder(Optional.ofNullable(explicit).map(Path::of)));
    }

    /** The password: the first line of --password-file, none without it (a server that trusts the login). */
    private char[] password() {
        if (passwordFile == null) {
            return new char[0];
        }
        try {
            return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("")
                    .toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
