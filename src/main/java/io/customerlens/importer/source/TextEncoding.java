package io.customerlens.importer.source;

import java.nio.charset.Charset;

/**
 * The charset a text file is decoded with, and how many leading bytes are a byte-order mark to skip.
 */
record TextEncoding(Charset charset, int bomLength) {

    static TextEncoding withoutBom(Charset charset) {
        return new TextEncoding(charset, 0);
    }
}
