package io.customerlens.report.pdf;

import io.customerlens.i18n.MessageBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which font a PDF gets, with the small fonts of {@code fixtures/fonts} (cut from the bundled font by
 * make-fixtures.py) and never a font of this machine.
 */
class CjkFontFinderTest {

    @TempDir
    Path temp;

    @Test
    void theFirstUsableCandidateWins() throws IOException {
        Path missing = temp.resolve("missing.ttf");
        Path notAFont = Files.writeString(temp.resolve("broken.ttf"), "not a font");
        Path complete = fixture("small-complete.ttf");

        try (CjkFont font = new CjkFontFinder(List.of(missing, notAFont, complete), true).open()) {
            assertThat(font.origin()).isEqualTo(complete.toString());
            assertThat(font.font().getUnicodeCmapLookup().getGlyphId('客')).isPositive();
        }
    }

    @Test
    void aChineseFontWithoutLatinLettersIsPassedOverLikeDroidSansFallback() throws IOException {
        Path noAscii = fixture("cjk-without-ascii.ttf");
        Path complete = fixture("small-complete.ttf");

        try (CjkFont font = new CjkFontFinder(List.of(noAscii, complete), false).open()) {
            assertThat(font.origin()).isEqualTo(complete.toString());
        }
    }

    @Test
    void aLatinFontAndAnOpenTypeCffFontArePassedOver() throws IOException {
        Path latin = fixture("latin-only.ttf");
        Path cff = fixture("cff-complete.otf");
        Path complete = fixture("small-complete.ttf");

        try (CjkFont font = new CjkFontFinder(List.of(latin, cff, complete), false).open()) {
            assertThat(font.origin()).isEqualTo(complete.toString());
        }
    }

    @Test
    void theUsableFaceOfACollectionIsChosen() throws IOException {
        Path collection = fixture("two-faces.ttc");

        try (CjkFont font = new CjkFontFinder(List.of(collection), false).open()) {
            assertThat(font.origin()).isEqualTo(collection.toString());
            assertThat(font.font().getUnicodeCmapLookup().getGlyphId('?')).isPositive();
            assertThat(font.font().getUnicodeCmapLookup().getGlyphId('户')).isPositive();
        }
    }

    @Test
    void withoutAUsableSystemFontTheBundledFontIsUsed() throws IOException {
        CjkFontFinder finder = new CjkFontFinder(List.of(fixture("cjk-without-ascii.ttf"), fixture("latin-only.ttf")),
                true);

        try (CjkFont font = finder.open()) {
            assertThat(font.origin()).contains("bundled");
            assertThat(font.font().getName()).isEqualTo("WenQuanYiMicroHei");
            // the bundled font is not a subset of the common characters: rarer ones in names are there too
            assertThat(font.font().getUnicodeCmapLookup().getGlyphId('燊')).isPositive();
            assertThat(font.font().getUnicodeCmapLookup().getGlyphId('鑫')).isPositive();
        }
    }

    @Test
    void anExplicitFontComesFirst() throws IOException {
        Path complete = fixture("small-complete.ttf");
        CjkFontFinder finder = new CjkFontFinder(Optional.of(complete));

        assertThat(finder.candidates().getFirst()).isEqualTo(complete);
        try (CjkFont font = finder.open()) {
            assertThat(font.origin()).isEqualTo(complete.toString());
        }
    }

    @Test
    void withoutAnyUsableFontTheErrorSaysWhereItLookedInTheUsersLanguage() throws IOException {
        Path notAFont = Files.writeString(temp.resolve("fake.ttc"), "not a collection");
        Path noAscii = fixture("cjk-without-ascii.ttf");
        CjkFontFinder finder = new CjkFontFinder(List.of(temp.resolve("none.ttf"), notAFont, noAscii), false);

        assertThatThrownBy(finder::open).isInstanceOfSatisfying(NoCjkFontException.class, e -> {
            assertThat(e.searched()).containsExactly(temp.resolve("none.ttf").toString(), notAFont.toString(),
                    noAscii.toString());
            assertThat(e.describe(MessageBundle.forLocale(Locale.ENGLISH)))
                    .startsWith("No font with Chinese and Latin characters could be opened")
                    .contains(notAFont.toString(), "-Dcustomerlens.pdf.font=FILE");
            assertThat(e.describe(MessageBundle.forLocale(Locale.SIMPLIFIED_CHINESE)))
                    .startsWith("无法打开含中文和英文字符的字体").contains(notAFont.toString());
        });
    }

    @Test
    void noPdfIsWrittenWithoutAFont() {
        Path pdf = temp.resolve("list.pdf");
        ListPdf lists = new ListPdf(MessageBundle.forLocale(Locale.ENGLISH), new CjkFontFinder(List.of(), false));

        assertThatThrownBy(() -> lists.write(new ListDocument("t", null, List.of(), List.of(), List.of(), 0, null), pdf))
                .isInstanceOf(NoCjkFontException.class);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void theBundledFontShipsWithItsLicence() throws IOException {
        try (InputStream licence = CjkFontFinder.class.getResourceAsStream("/io/customerlens/fonts/LICENSE-wqy-microhei.txt")) {
            String text = new String(Objects.requireNonNull(licence).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("WenQuanYi Micro Hei", "Apache License", "Version 2.0");
        }
    }

    /** A font of src/test/resources/fixtures/fonts copied to a file, as a system font would be. */
    private Path fixture(String name) throws IOException {
        try (InputStream in = CjkFontFinderTest.class.getResourceAsStream("/fixtures/fonts/" + name)) {
            Path file = temp.resolve(name);
            Files.copy(Objects.requireNonNull(in, name), file);
            return file;
        }
    }
}
