package io.customerlens.importer.source;

import org.mozilla.universalchardet.Constants;
import org.mozilla.universalchardet.UniversalDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Decides how a text file is encoded when the user did not say: a byte-order mark wins; a file that
 * decodes as strict UTF-8 is UTF-8; otherwise it is either GB18030/GBK (Chinese ERPs) or a single-byte
 * Windows code page (European exports), never anything else, because those are the files we meet.
 */
final class TextEncodingDetector {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int CHUNK = 64 * 1024;
    /** The detector and the Chinese-text statistics need a sample, not a 100 MB file. */
    private static final int SAMPLE_BYTES = 4 * 1024 * 1024;
    /** Share of double-byte pairs that must fall in the GB2312 block (common hanzi) to call it Chinese. */
    private static final double COMMON_HANZI_SHARE = 0.6;
    /** Valid multi-byte sequences needed, and how many of them one invalid byte may hide among. */
    private static final int MIN_UTF8_SEQUENCES = 20;
    private static final int MAX_INVALID_UTF8_RATIO = 50;

    /** juniversalchardet's non-Latin single-byte guesses, mapped to the code page that covers them. */
    private static final Map<String, String> NON_LATIN_GUESSES = Map.ofEntries(
            Map.entry(Constants.CHARSET_WINDOWS_1251, "windows-1251"),
            Map.entry(Constants.CHARSET_ISO_8859_5, "windows-1251"),
            Map.entry(Constants.CHARSET_KOI8_R, "KOI8-R"),
            Map.entry(Constants.CHARSET_IBM866, "IBM866"),
            Map.entry(Constants.CHARSET_IBM855, "IBM855"),
            Map.entry(Constants.CHARSET_MACCYRILLIC, "x-MacCyrillic"),
            Map.entry(Constants.CHARSET_WINDOWS_1253, "windows-1253"),
            Map.entry(Constants.CHARSET_ISO_8859_7, "windows-1253"),
            Map.entry(Constants.CHARSET_WINDOWS_1255, "windows-1255"),
            Map.entry(Constants.CHARSET_ISO_8859_8, "windows-1255"),
            Map.entry(Constants.CHARSET_TIS620, "x-windows-874"));

    private final LatinCodePageChooser latinChooser = new LatinCodePageChooser();

    TextEncoding detect(Path file) throws IOException {
        Optional<TextEncoding> bom = fromBom(readHead(file, 4));
        if (bom.isPresent()) {
            return bom.get();
        }
        if (decodesStrictly(file, StandardCharsets.UTF_8)) {
            return TextEncoding.withoutBom(StandardCharsets.UTF_8);
        }
        byte[] sample = readHead(file, SAMPLE_BYTES);
        if (isMostlyUtf8(sample)) {
            return TextEncoding.withoutBom(StandardCharsets.UTF_8);
        }
        if (looksLikeChineseText(sample) && decodesStrictly(file, GB18030)) {
            return TextEncoding.withoutBom(GB18030);
        }
        return TextEncoding.withoutBom(singleByteGuess(sample));
    }

    /** The encoding to use when the user named one: a matching BOM is still skipped. */
    static TextEncoding overridden(Charset charset, byte[] head) {
        return fromBom(head)
                .filter(bom -> bom.charset().equals(charset))
                .orElse(TextEncoding.withoutBom(charset));
    }

    static Optional<TextEncoding> fromBom(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new TextEncoding(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return Optional.of(new TextEncoding(StandardCharsets.UTF_16LE, 2));
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return Optional.of(new TextEncoding(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }

    static byte[] readHead(Path file, int length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        }
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decodes the whole file: a single invalid sequence near the end still rules the charset out. */
    static boolean decodesStrictly(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                end = read < 0;
                if (!end) {
                    in.position(in.position() + read);
                }
                in.flip();
                if (!decodeChunk(decoder, in, out, end)) {
                    return false;
                }
                in.compact();
            }
            return decoder.flush(out.clear()).isUnderflow();
        }
    }

    private static boolean decodeChunk(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end) {
        while (true) {
            CoderResult result = decoder.decode(in, out.clear(), end);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }

    /**
     * A UTF-8 export with one stray byte (a line pasted from elsewhere) is still UTF-8: decoding it
     * as anything else would garble every other non-ASCII character to save one.
     */
    static boolean isMostlyUtf8(byte[] sample) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < sample.length) {
            int lead = sample[i] & 0xFF;
            int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
            } else if (length > 0 && i + length <= sample.length && continuationBytes(sample, i + 1, length - 1)) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return valid >= MIN_UTF8_SEQUENCES && invalid * MAX_INVALID_UTF8_RATIO <= valid;
    }

    private static boolean continuationBytes(byte[] bytes, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Chinese text in GBK/GB18030 is mostly common hanzi, whose two bytes both lie in A1..FE. A
     * Windows-1252 file that happens to decode as GB18030 ("Kö" = F6 6E) lands in the rare-character
     * extension area instead, so this share tells them apart even on a few names.
     */
    static boolean looksLikeChineseText(byte[] sample) {
        int pairs = 0;
        int common = 0;
        int i = 0;
        while (i < sample.length - 1) {
            int lead = sample[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int trail = sample[i + 1] & 0xFF;
            if (trail >= 0x30 && trail <= 0x39) {
                i += 4; // a four-byte GB18030 sequence
                continue;
            }
            pairs++;
            if (lead >= 0xA1 && trail >= 0xA1) {
                common++;
            }
            i += 2;
        }
        return pairs > 0 && common >= COMMON_HANZI_SHARE * pairs;
    }

    /**
     * Cyrillic, Greek, Hebrew and Thai the detector recognises well; for everything else (its
     * "WINDOWS-1252" answer included) the Western code pages are weighed by their letters.
     */
    private Charset singleByteGuess(byte[] sample) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, sample.length);
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        return NON_LATIN_GUESSES.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(guess))
                .map(Map.Entry::getValue)
                .filter(Charset::isSupported)
                .map(Charset::forName)
                .findFirst()
                .orElseGet(() -> latinChooser.choose(sample));
    }
}
