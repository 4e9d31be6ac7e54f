package io.customerlens.importer;

import java.util.List;

/** A stable text identifying a set of headers, so a mapping can be remembered for the next such file. */
public final class HeaderSignature {

    private HeaderSignature() {
    }

    public static String of(List<String> headers) {
        throw new UnsupportedOperationException("TODO: parsing helper");
    }
}
