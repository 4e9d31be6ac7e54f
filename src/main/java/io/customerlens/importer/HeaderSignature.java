package io.customerlens.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A stable text identifying a set of headers, so a mapping can be remembered for the next such file:
 * the SHA-256 (hex) of the non-blank headers in {@link HeaderText#key} form, sorted, so column order,
 * spacing, case, full-width forms and trailing empty columns do not change it.
 */
public final class HeaderSignature {

    private HeaderSignature() {
    }

    public static String of(List<String> headers) {
        String canonical = String.join("\n", headers.stream()
                .filter(Objects::nonNull)
                .map(HeaderText::key)
                .filter(key -> !key.isEmpty())
                .sorted()
                .toList());
        return HexFormat.of().formatHex(sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
