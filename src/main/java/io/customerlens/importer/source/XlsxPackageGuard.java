package io.customerlens.importer.source;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * Looks at an xlsx's zip before fastexcel reads it, which trusts every part: it would inflate a zip bomb to the
 * end, hold a 30-million-entry shared-strings part in memory, and fail on a DOCTYPE with parser text. The zip
 * is opened with POI's {@link ZipSecureFile}, whose streams refuse a part that expands more than 100 times
 * (its default); each XML part then goes through a {@link MeteredPartStream}: the declared sizes first, then
 * the first {@value #PROBE_BYTES} bytes of each part (a bomb shows itself at once), and the whole
 * shared-strings part, whose entries are counted. Sheets are metered in full by the merged-area pass
 * ({@link XlsxMergedAreas}) before their rows are read.
 */
final class XlsxPackageGuard {

    /** Far more distinct texts than a 1,000,000-line export has; each costs fastexcel about 60 bytes of heap. */
    static final long MAX_SHARED_STRINGS = 5_000_000;
    /** POI's limit too (ZipSecureFile's maximum file count): a workbook of 300 sheets has about 700 parts. */
    static final int MAX_PARTS = 1_000;
    private static final int PROBE_BYTES = 4 << 20;
    private static final String STYLES_CONTENT_TYPE = "spreadsheetml.styles+xml";

    /** What the guard learnt on the way: whether the workbook has a styles part fastexcel can find. */
    record Findings(boolean hasStyles) {
    }

    private XlsxPackageGuard() {
    }

    /**
     * @throws RefusedFileException when a part is too large, expands like a bomb, declares a DOCTYPE, holds a
     *                              text no cell can, or the shared strings are too many
     * @throws UnreadableFileException when a part cannot be inflated
     */
    static Findings check(Path file) throws IOException {
        requireFewParts(file);
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException notAZip) {
            // fastexcel opens the same file next and names the damage as it always has
            return new Findings(true);
        }
        boolean stylesDeclared = false;
        boolean stylesPresent = false;
        try (zip) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
                    continue;
                }
                requireSaneDeclaredSizes(file, entry);
                stylesPresent |= name.endsWith("styles.xml");
                String head = probe(file, zip, entry, name.contains("sharedstrings"));
                stylesDeclared |= name.equals("[content_types].xml") && head.contains(STYLES_CONTENT_TYPE);
            }
        }
        return new Findings(stylesDeclared && stylesPresent);
    }

    /**
     * POI's {@link ZipSecureFile} refuses more than {@value #MAX_PARTS} entries as it opens; counted here first, so
     * that such a file is named for it rather than passed on unguarded.
     */
    private static void requireFewParts(Path file) throws RefusedFileException {
        int parts;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            parts = zip.size();
        } catch (IOException notAZip) {
            return; // fastexcel opens the same file next and names the damage as it always has
        }
        if (parts > MAX_PARTS) {
            throw new RefusedFileException(file, FileRefusal.TOO_MANY_PARTS,
                    "it holds " + parts + " parts, more than the " + MAX_PARTS + " a workbook may have", parts, MAX_PARTS);
        }
    }

    /** The sizes in the zip's directory: a refusal without inflating a byte when they are honest. */
    private static void requireSaneDeclaredSizes(Path file, ZipArchiveEntry entry) throws RefusedFileException {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > MeteredPartStream.MAX_PART_BYTES) {
            throw new RefusedFileException(file, FileRefusal.PART_TOO_LARGE,
                    "part " + entry.getName() + " is larger than " + (MeteredPartStream.MAX_PART_BYTES >> 20) + " MB",
                    entry.getName(), size >> 20, MeteredPartStream.MAX_PART_BYTES >> 20);
        }
        if (compressed >= 0 && size > MeteredPartStream.GRACE_BYTES
                && size > compressed * MeteredPartStream.MAX_EXPANSION) {
            throw MeteredPartStream.expandsTooMuch(file, entry.getName());
        }
    }

    /**
     * Reads the first bytes of a part (all of the shared strings) through the meters; returns its first bytes as
     * Latin-1 text, for the content types.
     */
    private static String probe(Path file, ZipSecureFile zip, ZipArchiveEntry entry, boolean sharedStrings)
            throws IOException {
        long limit = sharedStrings ? Long.MAX_VALUE : PROBE_BYTES;
        byte[] buffer = new byte[64 * 1024];
        StringBuilder head = new StringBuilder();
        try (InputStream raw = zip.getInputStream(entry);
             MeteredPartStream in = new MeteredPartStream(raw, file, entry.getName(), entry.getCompressedSize(),
                     sharedStrings)) {
            long total = 0;
            int read;
            while (total < limit && (read = in.read(buffer, 0, buffer.length)) >= 0) {
                if (head.isEmpty()) {
                    head.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                }
                total += read;
                if (sharedStrings && in.sharedStrings() > MAX_SHARED_STRINGS) {
                    throw new RefusedFileException(file, FileRefusal.TOO_MANY_SHARED_STRINGS,
                            "more than " + MAX_SHARED_STRINGS + " shared strings", MAX_SHARED_STRINGS);
                }
            }
        } catch (RefusedFileException refused) {
            throw refused;
        } catch (IOException cannotInflate) {
            // POI's threshold stream says "zip bomb" with a plain IOException; damage comes as ZipException/EOF
            if (cannotInflate.getClass() == IOException.class) {
                throw MeteredPartStream.expandsTooMuch(file, entry.getName());
            }
            throw new RefusedFileException(file, FileRefusal.DAMAGED_XLSX, "damaged or truncated xlsx (part "
                    + entry.getName() + " cannot be inflated)", cannotInflate, entry.getName());
        }
        return head.toString();
    }
}
