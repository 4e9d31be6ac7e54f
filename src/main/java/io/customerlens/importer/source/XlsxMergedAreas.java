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
 * light first pass: the sheet part is scanned as bytes for {@code <mergeCell ref="A5:A7"/>} elements, with
 * no XML parsing of the million cells before them ('<' inside text is always escaped, so a tag found is a
 * tag). The part is found as fastexcel finds it: the workbook's relationship id of the sheet.
 */
final class XlsxMergedAreas {

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final byte[] LOCAL_NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_NAME = 64;
    private static final int MAX_TAG = 1024;

    private XlsxMergedAreas() {
    }

    /** The merged areas of the sheet with relationship id {@code sheetRelationshipId}; empty when it has none. */
    static List<MergedArea> read(Path file, String sheetRelationshipId) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String workbook = relationships(zip, "_rels/.rels", "").getOrDefault(OFFICE_DOCUMENT, "xl/workbook.xml");
            String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
            String relsName = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
            String sheetPart = relationships(zip, relsName, folder).get(sheetRelationshipId);
            ZipEntry entry = sheetPart == null ? null : zip.getEntry(sheetPart);
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return scan(in);
            }
        }
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

    /** The areas of every {@code <mergeCell>} (any namespace prefix) in the sheet XML. */
    static List<MergedArea> scan(InputStream in) throws IOException {
        List<MergedArea> areas = new ArrayList<>();
        ByteWindow bytes = new ByteWindow(in);
        while (bytes.skipTo('<')) {
            bytes.ensure(MAX_NAME);
            int nameEnd = bytes.nameEnd(MAX_NAME);
            if (bytes.localNameIs(nameEnd, LOCAL_NAME)) {
                String tag = bytes.textUpTo('>', MAX_TAG);
                MergedArea area = tag == null ? null : MergedArea.parse(attribute(tag, "ref"));
                if (area != null) {
                    areas.add(area);
                }
            } else {
                bytes.advance(1);
            }
        }
        return areas;
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

    /** A sliding window over a stream of bytes, refilled as the scan moves on. */
    private static final class ByteWindow {
        private final InputStream in;
        private final byte[] buffer = new byte[256 * 1024];
        private int position;
        private int limit;

        ByteWindow(InputStream in) {
            this.in = in;
        }

        /** Moves to the next {@code c}; false at the end of the stream. */
        boolean skipTo(char c) throws IOException {
            while (true) {
                for (int i = position; i < limit; i++) {
                    if (buffer[i] == c) {
                        position = i;
                        return true;
                    }
                }
                position = limit;
                if (!ensure(1)) {
                    return false;
                }
            }
        }

        /** Makes at least {@code count} bytes available from the position; false when the stream ends first. */
        boolean ensure(int count) throws IOException {
            if (limit - position >= count) {
                return true;
            }
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
            while (limit < count) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    return false;
                }
                limit += read;
            }
            return true;
        }

        /** The end of the tag name after the '<' at the position (exclusive), looking at most {@code max} bytes. */
        int nameEnd(int max) {
            int end = position + 1;
            while (end < limit && end - position <= max) {
                byte b = buffer[end];
                if (b == ' ' || b == '/' || b == '>' || b == '\t' || b == '\n' || b == '\r') {
                    break;
                }
                end++;
            }
            return end;
        }

        /** Whether the name from the position + 1 to {@code end}, without its prefix, equals {@code name}. */
        boolean localNameIs(int end, byte[] name) {
            int start = end - name.length;
            if (start < position + 1 || start > position + 1 && buffer[start - 1] != ':') {
                return false;
            }
            for (int i = 0; i < name.length; i++) {
                if (buffer[start + i] != name[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The text from the position up to and including {@code c}, moving past it; null when longer than max. */
        String textUpTo(char c, int max) throws IOException {
            ensure(max);
            for (int i = position; i < limit && i - position < max; i++) {
                if (buffer[i] == c) {
                    String text = new String(buffer, position, i + 1 - position, StandardCharsets.UTF_8);
                    position = i + 1;
                    return text;
                }
            }
            advance(1);
            return null;
        }

        void advance(int count) {
            position = Math.min(position + count, limit);
        }
    }
}
