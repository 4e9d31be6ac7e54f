package io.customerlens.cli;

import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.StorePassword;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * --db, --db-user and --password-file on every command that opens the store: a data folder, or a team server's
 * JDBC URL ({@code jdbc:postgresql://host:5432/customerlens}, docs/decisions/0016). --password-file is the store's
 * password: an encrypted data folder's (docs/decisions/0015) or the server login's. The text of --db stays per
 * command (cli.usage.&lt;command&gt;.db), since picocli looks the description key up under the command that mixes
 * the option in; the other two share theirs.
 */
final class DataFolderOption {

    @Option(names = "--db", paramLabel = "DIR", descriptionKey = "db")
    String explicit;

    @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "dbUser")
    String user;

    /** A file, not the password itself: an argument shows in the shell's history and in every process list. */
    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "passwordFile")
    Path passwordFile;

    /** The folder or server given with --db, else the folder the app uses; with the password given. */
    StoreLocation resolve(CommandEnvironment environment) {
        if (ServerLogin.isServerUrl(explicit)) {
            return new StoreLocation.Server(new ServerLogin(explicit,
                    user == null ? System.getProperty("user.name") : user, password().characters()));
        }
        return new StoreLocation.Folder(environment.dataFolder(Optional.ofNullable(explicit).map(Path::of)),
                password());
    }

    /** Opens the store given (or the app's), with the password given. */
    StoreSession open(CommandEnvironment environment) {
        return environment.stores().open(resolve(environment));
    }

    /**
     * The password in the first line of --password-file (a line end is not part of it, spaces are), or none.
     *
     * @throws PasswordRefusedException when the file cannot be read or its first line is empty
     */
    StorePassword password() {
        return passwordIn(passwordFile);
    }

    /** {@link #password()} of any password file option; {@link StorePassword#NONE} when {@code passwordFile} is null. */
    static StorePassword passwordIn(Path passwordFile) {
        if (passwordFile == null) {
            return StorePassword.NONE;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(passwordFile);
        } catch (IOException e) {
            throw new PasswordRefusedException(PasswordRefusedException.Reason.FILE_UNREADABLE, passwordFile);
        }
        char[] text;
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            text = Arrays.copyOfRange(decoded.array(), decoded.position(), decoded.limit());
            Arrays.fill(decoded.array(), '\0');
        } catch (CharacterCodingException e) {
            throw new PasswordRefusedException(PasswordRefusedException.Reason.FILE_UNREADABLE, passwordFile);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        int end = 0;
        while (end < text.length && text[end] != '\n' && text[end] != '\r') {
            end++;
        }
        // A file saved by a Windows editor may start with a byte-order mark.
        int start = text.length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        char[] line = Arrays.copyOfRange(text, start, Math.max(start, end));
        Arrays.fill(text, '\0');
        if (line.length == 0) {
            throw new PasswordRefusedException(PasswordRefusedException.Reason.FILE_EMPTY, passwordFile);
        }
        StorePassword password = StorePassword.of(line);
        Arrays.fill(line, '\0');
        return password;
    }
}
