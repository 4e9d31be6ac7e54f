package io.customerlens.importer.source;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Chooses among the Western single-byte code pages that a byte-statistics detector cannot tell
 * apart. Some "Windows" exports are really DOS code page 850 (the Kaggle sales sample writes
 * "Martín" as 4D 61 72 74 A1 6E, which Windows-1252 shows as "Mart¡n"). Accented letters sit
 * inside words, so the code page that turns the non-ASCII bytes between letters into letters of the
 * same case as their neighbours is the right one.
 */
final class LatinCodePageChooser {

    /** In order of preference when the evidence is equal. */
    private static final List<Charset> CANDIDATES = List.of(
            Charset.forName("windows-1252"), Charset.forName("windows-1250"), Charset.forName("IBM850"));

    Charset choose(byte[] sample) {
        Charset best = CANDIDATES.getFirst();
        int bestScore = Integer.MIN_VALUE;
        for (Charset candidate : CANDIDATES) {
            int score = score(new String(sample, candidate));
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /**
     * +1 for a non-ASCII letter touching an ASCII letter, +1 more when its case matches that
     * neighbour, -1 for a non-ASCII symbol touching a letter ("Mart¡n", "Berguvsv„gen").
     */
    static int score(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            char neighbour = asciiLetterAround(text, i);
            if (neighbour == 0) {
                continue;
            }
            if (Character.isLetter(c)) {
                score += Character.isUpperCase(c) == Character.isUpperCase(neighbour) ? 2 : 1;
            } else {
                score -= 1;
            }
        }
        return score;
    }

    /** The following ASCII letter if there is one, else the preceding one, else 0. */
    private static char asciiLetterAround(String text, int index) {
        if (index + 1 < text.length() && isAsciiLetter(text.charAt(index + 1))) {
            return text.charAt(index + 1);
        }
        if (index > 0 && isAsciiLetter(text.charAt(index - 1))) {
            return text.charAt(index - 1);
        }
        return 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
