package io.customerlens.importer.source;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The merged areas of one xlsx sheet. Excel writes {@code <mergeCells>} after {@code <sheetData>}, so they
 * are only known once the whole sheet has gone by, while the rows must be filled as they stream. Hence a
 * light first pass: the sheet part is scanned as text for {@code <mergeCell ref="A5:A7"/>} elements, with
 * no XML parsing of the million cells before them ('<' inside text is always escaped, so a tag found is a
 * tag). The part is found as fastexcel finds it: the workbook's relationship id of the sheet.
 */
final class XlsxMergedAreas {

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String NAME = "mergeCell";
    private static final int ANCHOR = NAME.indexOf('g');
    private static final int CHUNK = 1 << 20;
    private static final int MAX_TAG = 1024;
    private static final int MAX_PREFIX = 32;

    private XlsxMergedAreas() {
    }

    /** The merged areas of the sheet with relationship id {@code sheetRelationshipId}; empty when it has none. */
    static List<MergedArea> read(Path file, String sheetRelationshipId) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheetPart = partsById(zip).get(sheetRelationshipId);
            ZipEntry entry = sheetPart == null ? null : zip.getEntry(sheetPart);
            if (entry == null) {
                return List.of();
            }
            // the pass that reads every byte of the sheet before its rows are parsed is where it is metered
            try (InputStream in = new MeteredPartStream(zip.getInputStream(entry), file, sheetPart,
                    entry.getCompressedSize())) {
                return scan(in);
            }
        }
    }

    /** The workbook's parts by relationship id (sheets among them), as fastexcel finds them. */
    static Map<String, String> partsById(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return partsById(zip);
        }
    }

    private static Map<String, String> partsById(ZipFile zip) throws IOException {
        String workbook = relationships(zip, "_rels/.rels", "").getOrDefault(OFFICE_DOCUMENT, "xl/workbook.xml");
        String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        String relsName = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
        return relationships(zip, relsName, folder);
    }

    /**
     * Relationship id → part name, resolved against {@code folder}; the target of a relationship whose type
     * ends in /officeDocument is also filed under that suffix.
     */
    private static Map<String, String> relationships(ZipFile zip, String name, String folder) throws IOException {
        Map<String, String> byId = new HashMap<>();
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return byId;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = xmlInputFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && "Relationship".equals(xml.getLocalName())) {
                    String target = resolve(folder, xml.getAttributeValue(null, "Target"));
                    byId.put(xml.getAttributeValue(null, "Id"), target);
                    String type = xml.getAttributeValue(null, "Type");
                    if (type != null && type.endsWith(OFFICE_DOCUMENT)) {
                        byId.put(OFFICE_DOCUMENT, target);
                    }
                }
            }
        } catch (XMLStreamException unreadable) {
            // fastexcel reads the same parts and reports a damaged workbook itself; no merges known here
            return Map.of();
        }
        return byId;
    }

    private static String resolve(String folder, String target) {
        if (target == null) {
            return "";
        }
        return target.startsWith("/") ? target.substring(1) : folder + target;
    }

    /** No DTDs or external entities: an xlsx is untrusted input. */
    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /**
     * The areas of every {@code <mergeCell>} (any namespace prefix) in the sheet XML. The bytes are read in
     * chunks as Latin-1 text and searched with {@link #nextName}: the scan costs little more than inflating
     * the part. A hit counts when a '<' and maybe a prefix stand before the name and a
     * space, '/' or '>' after it; {@code <mergeCells>} itself does not count.
     */
    static List<MergedArea> scan(InputStream in) throws IOException {
        List<MergedArea> areas = new ArrayList<>();
        byte[] buffer = new byte[CHUNK + MAX_TAG];
        int kept = 0;
        while (true) {
            int read = in.readNBytes(buffer, kept, CHUNK);
            int length = kept + read;
            boolean last = read < CHUNK;
            String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
            // A tag cut by the chunk's end is looked at again with the next chunk.
            int searchEnd = last ? length : length - MAX_TAG;
            for (int at = nextName(text, 0); at >= 0 && at < searchEnd; at = nextName(text, at + NAME.length())) {
                int tagEnd = text.indexOf('>', at);
                if (isElementName(text, at) && tagEnd > 0) {
                    MergedArea area = MergedArea.parse(attribute(text.substring(at, tagEnd), "ref"));
                    if (area != null) {
                        areas.add(area);
                    }
                }
            }
            if (last) {
                return areas;
            }
            kept = Math.min(MAX_TAG, length);
            System.arraycopy(buffer, length - kept, buffer, 0, kept);
        }
    }

    /**
     * The next "mergeCell" from {@code from}, found through its 'g': a single character is what
     * {@link String#indexOf(int, int)} finds fastest, and 'g' is rare in sheet XML (shared strings keep the text
     * elsewhere), where '<' or 'm' would stop the search at every cell.
     */
    private static int nextName(String text, int from) {
        int g = text.indexOf('g', from + ANCHOR);
        while (g >= 0 && !text.startsWith(NAME, g - ANCHOR)) {
            g = text.indexOf('g', g + 1);
        }
        return g < 0 ? -1 : g - ANCHOR;
    }

    /** Whether the name at {@code at} is an element's: {@code <mergeCell} or {@code <x:mergeCell}, then a space, / or >. */
    private static boolean isElementName(String text, int at) {
        int after = at + NAME.length();
        if (after >= text.length() || " \t\r\n/>".indexOf(text.charAt(after)) < 0) {
            return false;
        }
        int before = at - 1;
        if (before >= 0 && text.charAt(before) == ':') {
            before--;
            while (before >= 0 && at - before < MAX_PREFIX && isNameChar(text.charAt(before))) {
                before--;
            }
        }
        return before >= 0 && text.charAt(before) == '<';
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

    private static String attribute(String tag, String name) {
        int at = 0;
        while ((at = tag.indexOf(name, at)) >= 0) {
            int eq = at + name.length();
            boolean startsName = at > 0 && Character.isWhitespace(tag.charAt(at - 1));
            while (eq < tag.length() && Character.isWhitespace(tag.charAt(eq))) {
                eq++;
            }
            if (startsName && eq < tag.length() && tag.charAt(eq) == '=') {
                int quote = eq + 1;
                while (quote < tag.length() && Character.isWhitespace(tag.charAt(quote))) {
                    quote++;
                }
                if (quote < tag.length() && (tag.charAt(quote) == '"' || tag.charAt(quote) == '\'')) {
                    int end = tag.indexOf(tag.charAt(quote), quote + 1);
                    return end < 0 ? "" : tag.substring(quote + 1, end);
                }
            }
            at += name.length();
        }
        return "";
    }
}
