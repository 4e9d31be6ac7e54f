package io.customerlens.domain;

import java.security.MessageDigest;
import java.nio.CharBuffer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The password that encrypts a store (docs/decisions/0015), or {@link #NONE} for a store without one. It lives in
 * memory only: never in the settings, never in a log line or a message (its {@link #toString()} hides it).
 */
public final class StorePassword {

    /** No password: the store file is not encrypted. */
    public static final StorePassword NONE = new StorePassword(new char[0]);

    private final char[] characters;

    private StorePassword(char[] characters) {
        this.characters = characters.clone();
    }

    /** The password typed or read from a file; empty text means {@link #NONE}. */
    public static StorePassword of(char[] characters) {
        return characters.length == 0 ? NONE : new StorePassword(characters);
    }

    public static StorePassword of(String text) {
        return of(text.toCharArray());
    }

    public boolean isNone() {
        return characters.length == 0;
    }

    /** The password as UTF-8 bytes, for deriving the file key; the caller wipes them after use. */
    public byte[] utf8() {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(characters));
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    /** A copy of the characters, for a key derivation; the caller wipes it after use. */
    public char[] characters() {
        return characters.clone();
    }

    /** Whether {@code other} is the same password, compared in constant time. */
    public boolean matches(StorePassword other) {
        byte[] mine = utf8();
        byte[] theirs = other.utf8();
        try {
            return MessageDigest.isEqual(mine, theirs);
        } finally {
            Arrays.fill(mine, (byte) 0);
            Arrays.fill(theirs, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return isNone() ? "StorePassword[none]" : "StorePassword[…]";
    }
}
