package io.customerlens.report.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the TrueType font to embed in PDFs: one that draws both Chinese and Latin text
 * ({@link RequiredGlyphs}). PDFBox embeds only TrueType outlines ("glyf"), so OpenType-CFF fonts such as
 * Noto Sans CJK are passed over, and so are fallback fonts without Latin letters such as Droid Sans Fallback.
 * The first usable candidate wins: the file named by the system property {@value #PROPERTY} (or a setting
 * passed in), then the usual places on Linux, Windows and macOS, and last the WenQuanYi Micro Hei font bundled
 * in the application ({@value #BUNDLED}, Apache License 2.0), so a PDF can be written on any machine.
 */
public final class CjkFontFinder {

    public static final String PROPERTY = "customerlens.pdf.font";
    /** The bundled font, a class-path resource; its licence is beside it. */
    static final String BUNDLED = "/io/customerlens/fonts/wqy-microhei.ttf";
    private static final String BUNDLED_ORIGIN = "bundled WenQuanYi Micro Hei";

    private final List<Path> candidates;
    private final boolean bundledLast;

    /** The system property, then this system's usual places, then the bundled font. */
    public CjkFontFinder() {
        this(Optional.ofNullable(System.getProperty(PROPERTY)).filter(s -> !s.isBlank()).map(Path::of));
    }

    /** @param explicit a font file the user named (setting or option), tried first */
    public CjkFontFinder(Optional<Path> explicit) {
        this(withExplicit(explicit, systemCandidates()), true);
    }

    /**
     * Exactly these files, in order, then the bundled font when {@code bundledLast} (tests pass false to see what
     * happens when nothing is usable).
     */
    public CjkFontFinder(List<Path> candidates, boolean bundledLast) {
        this.candidates = List.copyOf(candidates);
        this.bundledLast = bundledLast;
    }

    /** Only the bundled font: the same glyphs on every machine. */
    public static CjkFontFinder bundledOnly() {
        return new CjkFontFinder(List.of(), true);
    }

    /** The files tried before the bundled font, in order. */
    public List<Path> candidates() {
        return candidates;
    }

    /**
     * Opens the first usable font. The caller closes it after saving the document that embeds it.
     *
     * @throws NoCjkFontException naming the places looked at, when no candidate is usable and the bundled font
     *                             is left out or missing from the installation
     */
    public CjkFont open() throws NoCjkFontException {
        for (Path candidate : candidates) {
            Optional<CjkFont> font = openFile(candidate);
            if (font.isPresent()) {
                return font.get();
            }
        }
        if (bundledLast) {
            Optional<CjkFont> bundled = openBundled();
            if (bundled.isPresent()) {
                return bundled.get();
            }
        }
        List<String> searched = new ArrayList<>(candidates.stream().map(Path::toString).toList());
        if (bundledLast) {
            searched.add(BUNDLED_ORIGIN + " (" + BUNDLED + ")");
        }
        throw new NoCjkFontException(searched);
    }

    /**
     * The font in {@code file} when it is usable: the first usable font of a collection (.ttc), or the file's
     * only font. Empty for a missing, damaged, CFF-only or too small font: the next candidate is tried.
     */
    static Optional<CjkFont> openFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return isCollection(file) ? openCollection(file) : openSingle(file);
        } catch (IOException | RuntimeException unusable) {
            // FontBox reports a damaged file with IOException or an unchecked exception; either way it is not
            // a candidate, and the bundled font is still there.
            return Optional.empty();
        }
    }

    private static Optional<CjkFont> openSingle(Path file) throws IOException {
        return usable(new RandomAccessReadBufferedFile(file.toFile())).map(font -> new CjkFont(file.toString(), font, font));
    }

    private static Optional<CjkFont> openCollection(Path file) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        List<TrueTypeFont> usable = new ArrayList<>(1);
        try {
            collection.processAllFonts(font -> {
                if (usable.isEmpty() && RequiredGlyphs.coveredBy(font)) {
                    usable.add(font);
                }
            });
        } catch (IOException | RuntimeException damaged) {
            collection.close();
            throw damaged;
        }
        if (usable.isEmpty()) {
            collection.close();
            return Optional.empty();
        }
        // The collection's fonts read from its file: it stays open for as long as the font is used.
        return Optional.of(new CjkFont(file.toString(), usable.getFirst(), collection));
    }

    private Optional<CjkFont> openBundled() {
        try (InputStream in = CjkFontFinder.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return Optional.empty();
            }
            return usable(new RandomAccessReadBuffer(in.readAllBytes()))
                    .map(font -> new CjkFont(BUNDLED_ORIGIN, font, font));
        } catch (IOException damaged) {
            // a damaged installation: reported as "no font" with the places looked at
            return Optional.empty();
        }
    }

    /** Parses one font from {@code data}; the data is closed unless a usable font keeps it. */
    private static Optional<TrueTypeFont> usable(RandomAccessRead data) throws IOException {
        TrueTypeFont font;
        try {
            font = new TTFParser().parse(data);
        } catch (IOException | RuntimeException unreadable) {
            data.close();
            throw unreadable;
        }
        boolean covered;
        try {
            covered = RequiredGlyphs.coveredBy(font);
        } catch (IOException | RuntimeException unreadable) {
            font.close();
            throw unreadable;
        }
        if (!covered) {
            font.close();
            return Optional.empty();
        }
        return Optional.of(font);
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
        // Not Droid Sans Fallback: it has no Latin letters (RequiredGlyphs would pass it over anyway).
        return List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
                Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
    }
}
