package io.customerlens.importer.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of an HTML export: BOM, then the page's own {@code <meta charset>}, then the same
 * detection as for text files. A page that is valid UTF-8 with non-ASCII text is UTF-8 whatever its
 * meta tag claims: ERP templates often keep a stale gb2312 declaration.
 */
final class HtmlCharsetSniffer {

    private static final int HEAD_BYTES = 8 * 1024;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private final TextEncodingDetector detector = new TextEncodingDetector();

    TextEncoding sniff(Path file) throws IOException {
        byte[] head = TextEncodingDetector.readHead(file, HEAD_BYTES);
        Optional<TextEncoding> bom = TextEncodingDetector.fromBom(head);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> declared = declaredCharset(new String(head, StandardCharsets.ISO_8859_1));
        if (declared.isEmpty()) {
            return detector.detect(file);
        }
        if (!declared.get().equals(StandardCharsets.UTF_8) && hasNonAscii(file)
                && TextEncodingDetector.decodesStrictly(file, StandardCharsets.UTF_8)) {
            return TextEncoding.withoutBom(StandardCharsets.UTF_8);
        }
        return TextEncoding.withoutBom(declared.get());
    }

    static Optional<Charset> declaredCharset(String head) {
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        // GB2312 and GBK pages routinely hold characters only their superset GB18030 defines
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("cp936")) {
            return Optional.of(TextEncodingDetector.GB18030);
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException badName) {
            return Optional.empty();
        }
    }

    private static boolean hasNonAscii(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] < 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
