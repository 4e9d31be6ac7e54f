package io.customerlens.importer.source;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx from hand-made sheet XML, so a fixture can hold exactly the cell encodings other
 * producers use (inline strings beside shared ones, "1.1616528E7", 17-digit fractions, a 1904 flag)
 * that POI alone would not mix in one file.
 *
 * <p>Cell styles: s="0" general, s="1" built-in date (numFmtId 14), s="2" custom date "yyyy/m/d",
 * s="3" amount "#,##0.00" (not a date), s="4" custom date-time "yyyy-mm-dd hh:mm".
 */
final class MinimalXlsxWriter {

    /** Streams the {@code <row>} elements of one sheet. */
    interface SheetRows {
        void write(Writer out) throws IOException;
    }

    private record SheetPart(String name, SheetRows rows, String afterSheetData) {
    }

    private final List<SheetPart> sheets = new ArrayList<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private boolean date1904;

    MinimalXlsxWriter date1904(boolean value) {
        date1904 = value;
        return this;
    }

    MinimalXlsxWriter sharedStrings(List<String> strings) {
        sharedStrings.addAll(strings);
        return this;
    }

    MinimalXlsxWriter sheet(String name, String rowsXml) {
        return sheet(name, out -> out.write(rowsXml));
    }

    MinimalXlsxWriter sheet(String name, SheetRows rows) {
        sheets.add(new SheetPart(name, rows, ""));
        return this;
    }

    /** A sheet with elements after its {@code <sheetData>}, as Excel writes {@code <mergeCells>} there. */
    MinimalXlsxWriter sheet(String name, String rowsXml, String afterSheetData) {
        sheets.add(new SheetPart(name, out -> out.write(rowsXml), afterSheetData));
        return this;
    }

    void write(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            entry(zip, out, "[Content_Types].xml", contentTypes());
            entry(zip, out, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, out, "xl/workbook.xml", workbook());
            entry(zip, out, "xl/_rels/workbook.xml.rels", workbookRels());
            entry(zip, out, "xl/styles.xml", STYLES);
            entry(zip, out, "xl/sharedStrings.xml", sharedStringsXml());
            for (int i = 0; i < sheets.size(); i++) {
                zip.putNextEntry(fixedTime(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml")));
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                sheets.get(i).rows().write(out);
                out.write("</sheetData>" + sheets.get(i).afterSheetData() + "</worksheet>");
                out.flush();
                zip.closeEntry();
            }
            out.flush();
        }
    }

    private static void entry(ZipOutputStream zip, Writer out, String name, String content) throws IOException {
        zip.putNextEntry(fixedTime(new ZipEntry(name)));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    /** A fixed timestamp keeps regenerated fixtures byte-identical. */
    private static ZipEntry fixedTime(ZipEntry entry) {
        entry.setTimeLocal(java.time.LocalDateTime.of(2024, 3, 5, 0, 0));
        return entry;
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
        xml.append(date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>").append("<sheets>");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<sheet name=\"").append(escape(sheets.get(i - 1).name())).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRels() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        int next = sheets.size() + 1;
        xml.append("<Relationship Id=\"rId").append(next)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        xml.append("<Relationship Id=\"rId").append(next + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private String sharedStringsXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + sharedStrings.size()
                + "\" uniqueCount=\"" + sharedStrings.size() + "\">");
        for (String s : sharedStrings) {
            xml.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
        }
        return xml.append("</sst>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/m/d;@"/>\
            <numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>\
            <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
            <borders count="1"><border/></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="5">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            </cellXfs></styleSheet>""";
}
