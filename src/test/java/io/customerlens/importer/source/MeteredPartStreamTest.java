package io.customerlens.importer.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The meters every xlsx part is read through, on streams that need no zip. */
class MeteredPartStreamTest {

    private static final Path FILE = Path.of("book.xlsx");

    private static MeteredPartStream metered(InputStream in, long compressedSize) {
        return new MeteredPartStream(in, FILE, "xl/worksheets/sheet1.xml", compressedSize);
    }

    private static MeteredPartStream metered(String xml, java.nio.charset.Charset charset) {
        return metered(new ByteArrayInputStream(xml.getBytes(charset)), -1);
    }

    @Test
    void aDoctypeIsFoundInAUtf16PartToo() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";

        RefusedFileException refused = catchThrowableOfType(RefusedFileException.class,
                () -> metered(xml, StandardCharsets.UTF_16LE).readAllBytes());

        assertThat(refused.refusal()).isEqualTo(FileRefusal.XML_DOCTYPE);
    }

    @Test
    void sharedStringsAreCountedWithOrWithoutAPrefix() throws IOException {
        byte[] xml = "<sst><si><t>a</t></si><x:si><x:t>b</x:t></x:si><sig/><si/></sst>".getBytes(StandardCharsets.UTF_8);
        try (MeteredPartStream in = new MeteredPartStream(new ByteArrayInputStream(xml), FILE, "xl/sharedStrings.xml", -1,
                true)) {
            in.readAllBytes();
            assertThat(in.sharedStrings()).isEqualTo(3);
        }
    }

    @Test
    void aTextRunLongerThanAnyCellIsRefusedWhereverItCrossesTheReads() {
        String cell = "<c t=\"inlineStr\"><is><t>" + "x".repeat(MeteredPartStream.MAX_TEXT_BYTES + 1) + "</t></is></c>";
        String fine = "<c t=\"inlineStr\"><is><t>" + "x".repeat(MeteredPartStream.MAX_TEXT_BYTES - 100) + "</t></is></c>";

        RefusedFileException refused = catchThrowableOfType(RefusedFileException.class,
                () -> metered("<row>" + cell + "</row>", StandardCharsets.UTF_8).readAllBytes());

        assertThat(refused.refusal()).isEqualTo(FileRefusal.TEXT_TOO_LONG);
        assertThat(catchThrowableOfType(RefusedFileException.class,
                () -> metered("<row>" + fine + fine + "</row>", StandardCharsets.UTF_8).readAllBytes())).isNull();
    }

    @Test
    void aPartExpandingMoreThanAHundredTimesIsRefusedPastTheGrace() {
        InputStream rows = new Repeating("<row><c><v>1</v></c></row>", 1 << 20);

        RefusedFileException refused = catchThrowableOfType(RefusedFileException.class,
                () -> metered(rows, 1_000).readAllBytes());

        assertThat(refused.refusal()).isEqualTo(FileRefusal.COMPRESSION_RATIO);
    }

    @Test
    @Timeout(60)
    void aPartOfMoreThanTwoGigabytesIsRefusedWhateverItsDeclaredSize() {
        InputStream rows = new Repeating("<row><c><v>1</v></c></row>", 3L << 30);

        RefusedFileException refused = catchThrowableOfType(RefusedFileException.class,
                () -> metered(rows, -1).transferTo(OutputStreamNowhere.INSTANCE));

        assertThat(refused.refusal()).isEqualTo(FileRefusal.PART_TOO_LARGE);
        assertThat(refused.details()).containsExactly("xl/worksheets/sheet1.xml", "2048", "2048");
    }

    /** {@code text} again and again, {@code size} bytes in all, without holding them. */
    private static final class Repeating extends InputStream {
        private final byte[] block;
        private long left;

        Repeating(String text, long size) {
            this.block = text.repeat(64 * 1024 / text.length()).getBytes(StandardCharsets.US_ASCII);
            this.left = size;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in blocks");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(Math.min(length, block.length), left);
            System.arraycopy(block, 0, buffer, offset, n);
            left -= n;
            return n;
        }
    }

    private static final class OutputStreamNowhere extends java.io.OutputStream {
        static final OutputStreamNowhere INSTANCE = new OutputStreamNowhere();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
