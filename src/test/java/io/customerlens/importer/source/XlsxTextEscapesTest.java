package io.customerlens.importer.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excel writes characters XML cannot hold (control characters) as {@code _xHHHH_}, and a literal
 * {@code _xHHHH_} as {@code _x005F_xHHHH_}; the reader decodes both, in shared and in inline strings alike.
 */
class XlsxTextEscapesTest {

    @Test
    void escapesAreDecodedInSharedAndInlineStrings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("escapes.xlsx");
        new MinimalXlsxWriter()
                .sharedStrings(List.of("客户名称", "_x0007_华联超市", "Cash_x000D__x000A_Carry", "_x005F_x0007_ is text"))
                .sheet("明细", """
                        <row r="1"><c r="A1" t="s"><v>0</v></c></row>\
                        <row r="2"><c r="A2" t="s"><v>1</v></c></row>\
                        <row r="3"><c r="A3" t="s"><v>2</v></c></row>\
                        <row r="4"><c r="A4" t="s"><v>3</v></c></row>\
                        <row r="5"><c r="A5" t="inlineStr"><is><t>_x0007_永辉_x202E_</t></is></c></row>\
                        <row r="6"><c r="A6" t="inlineStr"><is><t>_x005F_x000D_ and _x0041__x004a_</t></is></c></row>\
                        <row r="7"><c r="A7" t="inlineStr"><is><t>_x00ZZ_ _x0041 x0041_</t></is></c></row>""")
                .write(file);

        try (XlsxSource source = XlsxSource.open(file)) {
            assertThat(Fixture.rows(source, "明细")).extracting(row -> row.cell(0).text()).containsExactly(
                    "客户名称", "\u0007华联超市", "Cash\r\nCarry", "_x0007_ is text", "\u0007永辉\u202E",
                    "_x000D_ and AJ", "_x00ZZ_ _x0041 x0041_");
        }
    }
}
