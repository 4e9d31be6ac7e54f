package io.customerlens.report.pdf;

import io.customerlens.i18n.MessageBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Needs the WenQuanYi Micro Hei collection (Debian fonts-wqy-microhei; .ci/run installs it). */
class CjkFontFinderTest {

    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    @TempDir
    Path temp;

    @Test
    void theFirstUsableCandidateWinsAndACollectionIsOpened() throws IOException {
        Path missing = temp.resolve("missing.ttf");
        Path notAFont = Files.writeString(temp.resolve("broken.ttf"), "not a font");

        CjkFontFinder finder = new CjkFontFinder(List.of(missing, notAFont, WQY));

        assertThat(finder.find()).contains(WQY);
        try (CjkFont font = CjkFontFinder.open(finder.require())) {
            assertThat(font.font().getName()).containsIgnoringCase("WenQuanYi");
            assertThat(font.font().getUnicodeCmapLookup().getGlyphId('客')).isPositive();
        }
    }

    @Test
    void anExplicitFontComesFirst() {
        CjkFontFinder finder = new CjkFontFinder(Optional.of(WQY));

        assertThat(finder.candidates().getFirst()).isEqualTo(WQY);
        assertThat(finder.find()).contains(WQY);
    }

    @Test
    void withoutAFontTheErrorSaysWhereItLookedInTheUsersLanguage() throws IOException {
        Path notAFont = Files.writeString(temp.resolve("fake.ttc"), "not a collection");
        CjkFontFinder finder = new CjkFontFinder(List.of(temp.resolve("none.ttf"), notAFont));

        assertThat(finder.find()).isEmpty();
        assertThatThrownBy(finder::require).isInstanceOfSatisfying(NoCjkFontException.class, e -> {
            assertThat(e.searched()).containsExactly(temp.resolve("none.ttf"), notAFont);
            assertThat(e.describe(MessageBundle.forLocale(Locale.ENGLISH)))
                    .startsWith("No TrueType font with Chinese characters was found")
                    .contains(notAFont.toString(), "fonts-wqy-microhei", "-Dcustomerlens.pdf.font=FILE");
            assertThat(e.describe(MessageBundle.forLocale(Locale.SIMPLIFIED_CHINESE)))
                    .startsWith("未找到含中文字符的 TrueType 字体").contains(notAFont.toString());
        });
    }

    @Test
    void noPdfIsWrittenWithoutAFont() {
        Path pdf = temp.resolve("list.pdf");
        ListPdf lists = new ListPdf(MessageBundle.forLocale(Locale.ENGLISH), new CjkFontFinder(List.of()));

        assertThatThrownBy(() -> lists.write(new ListDocument("t", null, List.of(), List.of(), List.of(), 0, null), pdf))
                .isInstanceOf(NoCjkFontException.class);
        assertThat(pdf).doesNotExist();
    }
}
