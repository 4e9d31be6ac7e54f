package io.customerlens.store;

import io.customerlens.domain.StorePassword;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * How H2 is asked for one store file: its URL, and the password it takes. An encrypted file is opened with
 * {@code CIPHER=AES} and the password "file password, space, user password" (the user password stays empty).
 */
record StoreAccess(String url, String h2Password, boolean encrypted) {

    /** An encrypted H2 file starts with this header (H2's FileEncrypt); a plain one with "H:2,". */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    /** The store file {@code name}.mv.db in {@code folder}: encrypted with {@code password} unless that is none. */
    static StoreAccess of(Path folder, String name, StorePassword password) {
        // Forward slashes: H2 accepts them on every platform, and backslashes would need escaping.
        String base = folder.resolve(name).toString().replace('\\', '/');
        // Lazy execution streams large scans (every fingerprint, every line fact) instead of buffering the
        // whole result, which for a million lines would spill to temporary files.
        String url = "jdbc:h2:file:" + base + ";LAZY_QUERY_EXECUTION=TRUE";
        if (password.isNone()) {
            return new StoreAccess(url, "", false);
        }
        return new StoreAccess(url + ";CIPHER=AES", StoreKey.fileKey(password) + " ", true);
    }

    /** The same file opened with more settings, such as {@code ;ACCESS_MODE_DATA=r}. */
    StoreAccess with(String settings) {
        return new StoreAccess(url + settings, h2Password, encrypted);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", h2Password);
    }

    JdbcConnectionPool pool() {
        return JdbcConnectionPool.create(url, "sa", h2Password);
    }

    /** Whether the H2 file {@code file} exists and is encrypted. */
    static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public String toString() {
        return "StoreAccess[" + url + (encrypted ? ", encrypted" : "") + "]";
    }
}
