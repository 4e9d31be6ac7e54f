package io.customerlens.report.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a TrueType font with Chinese glyphs to embed in PDFs. PDFBox embeds only TrueType outlines
 * ("glyf"); OpenType-CFF fonts such as Noto Sans CJK are skipped. The first usable candidate wins: the
 * file named by the system property {@value #PROPERTY} (or a setting passed in), then the usual places
 * on Linux (WenQuanYi, Debian package fonts-wqy-microhei), Windows (Microsoft YaHei, SimSun) and macOS.
 */
public final class CjkFontFinder {

    public static final String PROPERTY = "customerlens.pdf.font";
    /** A character every Chinese font has and a Latin-only font lacks. */
    private static final int PROBE = '客';

    private final List<Path> candidates;

    /** The system property, then this system's usual places. */
    public CjkFontFinder() {
        this(Optional.ofNullable(System.getProperty(PROPERTY)).filter(s -> !s.isBlank()).map(Path::of));
    }

    /** @param explicit a font file the user named (setting or option), tried first */
    public CjkFontFinder(Optional<Path> explicit) {
        this(withExplicit(explicit, systemCandidates()));
    }

    /** Exactly these candidates, in order (tests). */
    public CjkFontFinder(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    public List<Path> candidates() {
        return candidates;
    }

    /** The first candidate that exists and holds TrueType outlines with Chinese glyphs. */
    public Optional<Path> find() {
        return candidates.stream().filter(CjkFontFinder::usable).findFirst();
    }

    /** @throws NoCjkFontException naming the places looked at, when none is usable */
    public Path require() throws NoCjkFontException {
        return find().orElseThrow(() -> new NoCjkFontException(candidates));
    }

    /**
     * Opens the font in {@code file}: the first font of a collection (.ttc) that has Chinese TrueType
     * glyphs, or the file's only font. The caller closes it after saving the document that embeds it.
     */
    public static CjkFont open(Path file) throws IOException {
        if (!isCollection(file)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            if (hasChineseOutlines(font)) {
                return new CjkFont(file, font, font);
            }
            font.close();
            throw new IOException("no Chinese TrueType glyphs in " + file);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        List<TrueTypeFont> usable = new ArrayList<>(1);
        collection.processAllFonts(font -> {
            if (usable.isEmpty() && hasChineseOutlines(font)) {
                usable.add(font);
            }
        });
        if (usable.isEmpty()) {
            collection.close();
            throw new IOException("no Chinese TrueType glyphs in " + file);
        }
        // The collection's fonts read from its file: it stays open for as long as the font is used.
        return new CjkFont(file, usable.getFirst(), collection);
    }

    private static boolean usable(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (CjkFont font = open(file)) {
            return font.file() != null;
        } catch (IOException | RuntimeException unusable) {
            // a damaged or CFF-only file is simply not a candidate; the next one is tried
            return false;
        }
    }

    private static boolean hasChineseOutlines(TrueTypeFont font) throws IOException {
        return font.getTableMap().containsKey("glyf") && font.getUnicodeCmapLookup(false) != null
                && font.getUnicodeCmapLookup(false).getGlyphId(PROBE) > 0;
    }

    private static boolean isCollection(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    private static List<Path> withExplicit(Optional<Path> explicit, List<Path> system) {
        List<Path> all = new ArrayList<>();
        explicit.ifPresent(all::add);
        all.addAll(system);
        return all;
    }

    /** The usual places of TrueType CJK fonts on this operating system. */
    static List<Path> systemCandidates() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path fonts = Path.of(Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows"), "Fonts");
            return List.of(fonts.resolve("msyh.ttc"), fonts.resolve("msyh.ttf"), fonts.resolve("simsun.ttc"),
                    fonts.resolve("simhei.ttf"), fonts.resolve("simkai.ttf"));
        }
        if (os.contains("mac")) {
            return List.of(Path.of("/System/Library/Fonts/STHeiti Medium.ttc"),
                    Path.of("/System/Library/Fonts/STHeiti Light.ttc"),
                    Path.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
                    Path.of("/Library/Fonts/Arial Unicode.ttf"));
        }
        return List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
                Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
                Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
    }
}
