package io.customerlens.importer.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a file's real format from its first bytes. Extensions lie: Chinese ERPs save HTML pages and
 * CSV text under .xls, and users rename files.
 */
final class FormatSniffer {

    static final int HEAD_BYTES = 8 * 1024;

    /** Share of control characters above which a "text" file is really binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    /**
     * @throws UnreadableFileException for empty files, binary content that is no workbook, and
     *         Excel's XML Spreadsheet 2003 format, which none of our readers understands
     */
    SourceFormat sniff(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new RefusedFileException(file, FileRefusal.EMPTY, "the file is empty");
        }
        byte[] head = TextEncodingDetector.readHead(file, HEAD_BYTES);
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return SourceFormat.XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return SourceFormat.XLS;
        }
        Optional<TextEncoding> bom = TextEncodingDetector.fromBom(head);
        String text = bom.map(b -> new String(head, b.bomLength(), head.length - b.bomLength(), b.charset()))
                .orElseGet(() -> new String(head, StandardCharsets.ISO_8859_1));
        if (bom.isEmpty() && looksBinary(head)) {
            throw new RefusedFileException(file, FileRefusal.NOT_A_SPREADSHEET,
                    "binary content that is neither an Excel workbook nor text");
        }
        String start = text.strip().toLowerCase(Locale.ROOT);
        if (start.startsWith("<")) {
            if (start.contains("urn:schemas-microsoft-com:office:spreadsheet") && !start.contains("<table")) {
                throw new RefusedFileException(file, FileRefusal.XML_SPREADSHEET,
                        "Excel 2003 XML Spreadsheet is not supported; save it as .xlsx in Excel");
            }
            if (start.contains("<table") || start.contains("<html") || start.contains("<!doctype html")
                    || start.contains("<body")) {
                return SourceFormat.HTML_TABLE;
            }
        }
        return SourceFormat.DELIMITED_TEXT;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text exports never contain NUL, and only tabs and line ends among the control characters. */
    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b >= 0 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control > MAX_CONTROL_SHARE * head.length;
    }
}
