package io.customerlens.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes hostile xlsx files at test time, small on disk however large they expand: a part is a prefix, a chunk
 * repeated many times and a suffix, deflated once each. A full flush leaves the deflater as if new, so the
 * compressed chunk can be written again and again and the whole is one valid deflate stream; a gigabyte of
 * XML costs a few megabytes and milliseconds. The zip around it is written by hand for the same reason.
 */
public final class BombWorkbooks {

    static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    static final String HEADER_ROW = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单据日期</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>客户名称</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>价税合计</t></is></c></row>";

    /** One part: {@code prefix}, then {@code chunk} {@code repeats} times, then {@code suffix}. */
    record Part(String name, byte[] prefix, byte[] chunk, long repeats, IntFunction<String> items, byte[] suffix) {

        static Part of(String name, String text) {
            return new Part(name, utf8(text), new byte[0], 0, null, new byte[0]);
        }

        static Part repeated(String name, String prefix, String chunk, long repeats, String suffix) {
            return new Part(name, utf8(prefix), utf8(chunk), repeats, null, utf8(suffix));
        }

        /** Items that differ from each other, deflated as a real writer would: no bomb, only many of them. */
        static Part distinct(String name, String prefix, IntFunction<String> item, int count, String suffix) {
            return new Part(name, utf8(prefix), new byte[0], count, item, utf8(suffix));
        }
    }

    private BombWorkbooks() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook of {@code sheetTargets.size()} sheets, sheet i at part {@code sheetTargets.get(i)}, plus {@code parts}. */
    static Path workbook(Path file, List<String> sheetTargets, boolean sharedStrings, Part... parts) throws IOException {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
                + "\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        if (sharedStrings) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        }
        types.append("</Types>");
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheetTargets.size(); i++) {
            sheets.append("<sheet name=\"Sheet").append(i + 1).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"").append(sheetTargets.get(i)).append("\"/>");
        }
        rels.append("</Relationships>");
        List<Part> all = new ArrayList<>(List.of(
                Part.of("[Content_Types].xml", types.toString()),
                Part.of("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                        + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>"),
                Part.of("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + NS + "><sheets>"
                        + sheets + "</sheets></workbook>"),
                Part.of("xl/_rels/workbook.xml.rels", rels.toString()),
                Part.of("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas."
                        + "openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs>"
                        + "</styleSheet>")));
        all.addAll(Arrays.asList(parts));
        try (OutputStream out = Files.newOutputStream(file)) {
            writeZip(out, all);
        }
        return file;
    }

    /** A one-sheet workbook whose sheet holds the header row, then {@code chunk} repeated. */
    public static Path sheetOfRepeats(Path file, String chunk, long repeats) throws IOException {
        return workbook(file, List.of("worksheets/sheet1.xml"), false, Part.repeated("xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + NS + "><sheetData>" + HEADER_ROW,
                chunk, repeats, "</sheetData></worksheet>"));
    }

    private static void writeZip(OutputStream out, List<Part> parts) throws IOException {
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        long offset = 0;
        for (Part part : parts) {
            byte[] name = utf8(part.name());
            Deflated data = deflate(part);
            if (data.size() > 0xFFFF_FFFFL || data.compressed().length > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("no zip64 here: " + part.name());
            }
            ByteBuffer local = header(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) 8).putInt(0).putInt((int) data.crc()).putInt(data.compressed().length)
                    .putInt((int) data.size()).putShort((short) name.length).putShort((short) 0).put(name);
            out.write(local.array());
            out.write(data.compressed());
            ByteBuffer entry = header(46 + name.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) 0x0800).putShort((short) 8).putInt(0).putInt((int) data.crc())
                    .putInt(data.compressed().length).putInt((int) data.size()).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) offset).put(name);
            central.write(entry.array());
            offset += local.capacity() + data.compressed().length;
        }
        out.write(central.toByteArray());
        out.write(header(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) parts.size())
                .putShort((short) parts.size()).putInt(central.size()).putInt((int) offset).putShort((short) 0).array());
    }

    private static ByteBuffer header(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private record Deflated(byte[] compressed, long size, long crc) {
    }

    private static Deflated deflate(Part part) {
        return part.items() == null ? deflateRepeated(part) : deflateDistinct(part);
    }

    private static Deflated deflateDistinct(Part part) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        long size = 0;
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED, true),
                1 << 16)) {
            for (int i = -1; i <= part.repeats(); i++) {
                byte[] piece = i < 0 ? part.prefix() : i < part.repeats() ? utf8(part.items().apply(i)) : part.suffix();
                out.write(piece);
                crc.update(piece);
                size += piece.length;
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return new Deflated(compressed.toByteArray(), size, crc.getValue());
    }

    private static Deflated deflateRepeated(Part part) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        compressed.writeBytes(flushed(part.prefix(), false));
        crc.update(part.prefix());
        if (part.repeats() > 0) {
            byte[] block = flushed(part.chunk(), false);
            for (long i = 0; i < part.repeats(); i++) {
                compressed.writeBytes(block);
                crc.update(part.chunk());
            }
        }
        compressed.writeBytes(flushed(part.suffix(), true));
        crc.update(part.suffix());
        long size = part.prefix().length + part.chunk().length * part.repeats() + part.suffix().length;
        return new Deflated(compressed.toByteArray(), size, crc.getValue());
    }

    /** {@code data} deflated by a new deflater and finished, or else flushed with {@code FULL_FLUSH}. */
    private static byte[] flushed(byte[] data, boolean finish) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            if (finish) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                int n = finish ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, n);
                if (finish ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }
}
