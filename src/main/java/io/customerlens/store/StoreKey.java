package io.customerlens.store;

import io.customerlens.domain.StorePassword;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Turns the user's password into the file password H2 encrypts with (docs/decisions/0015). H2 stretches a file
 * password with only 10 rounds of PBKDF2, so a guess costs almost nothing; 120,000 rounds of PBKDF2-HMAC-SHA256 in
 * front make each guess cost about 50 ms. The result is hex, so a password may hold spaces (H2 splits its password
 * at the first space into file and user password) and any character.
 */
final class StoreKey {

    static final int ROUNDS = 120_000;
    /**
     * The same for every store: a salt per store would need a file of its own beside the store, and it would only
     * guard against tables precomputed for CustomerLens's stores, which the rounds already make dear.
     */
    private static final byte[] SALT = "CustomerLens store key 1".getBytes(StandardCharsets.US_ASCII);

    private StoreKey() {
    }

    /** The file password for H2: 64 hex digits. */
    static String fileKey(StorePassword password) {
        char[] characters = password.characters();
        PBEKeySpec spec = new PBEKeySpec(characters, SALT, ROUNDS, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            String hex = HexFormat.of().formatHex(key);
            Arrays.fill(key, (byte) 0);
            return hex;
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime has PBKDF2WithHmacSHA256.
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(characters, '\0');
        }
    }
}
