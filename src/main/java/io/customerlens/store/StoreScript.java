package io.customerlens.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A store written out as SQL (H2's SCRIPT) and read into another file (RUNSCRIPT): the same rows and sequence
 * values, written afresh. The script is encrypted with a key made for this one rewrite and held in memory only, so
 * the customer data of an encrypted store never lies on the disk in plain text, not even for a moment.
 */
final class StoreScript {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String file;
    private final String key;

    StoreScript(Path file) {
        // Forward slashes: H2 accepts them on every platform, and backslashes would need escaping.
        this.file = file.toString().replace('\\', '/').replace("'", "''");
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.key = HexFormat.of().formatHex(bytes);
    }

    /** Writes every table of the store {@code statement} is connected to. */
    void writeFrom(Statement statement) throws SQLException {
        statement.execute("SCRIPT TO '" + file + "' " + options());
    }

    /** Reads the script into the (new, empty) store {@code statement} is connected to. */
    void readInto(Statement statement) throws SQLException {
        statement.execute("RUNSCRIPT FROM '" + file + "' " + options());
    }

    /** H2 compresses an encrypted script with DEFLATE (GZIP is refused together with a cipher). */
    private String options() {
        return "COMPRESSION DEFLATE CIPHER AES PASSWORD '" + key + "'";
    }
}
