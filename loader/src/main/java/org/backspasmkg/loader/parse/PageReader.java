package org.backspasmkg.loader.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;

/**
 * Reads a page file into numbered lines, rejecting input that is not a text page: binary data,
 * invalid UTF-8, over-long lines. Handles a BOM, CRLF or CR line ends and a missing final newline.
 */
public final class PageReader {
    /** Longer lines are not prose a person wrote; refusing them bounds memory per line. */
    public static final int MAX_LINE_CHARS = 100_000;

    private PageReader() {}

    public static List<SourceLine> readLines(Path path, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new LoaderException(SourceLocation.wholeFile(displayName), "cannot read file: " + e.getMessage(), e);
        }
        return splitLines(bytes, displayName);
    }

    static List<SourceLine> splitLines(byte[] bytes, String file) {
        checkNotBinary(bytes, file);
        String text = decodeStrict(bytes, file);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<SourceLine> lines = new ArrayList<>();
        int lineNo = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            char c = end ? '\n' : text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (end && start == n) break; // final newline already ended the last line
                String line = text.substring(start, i);
                if (line.length() > MAX_LINE_CHARS) {
                    throw new LoaderException(new SourceLocation(file, lineNo),
                            "line is " + line.length() + " characters long; at most " + MAX_LINE_CHARS
                                    + " are accepted in a Q&A page");
                }
                lines.add(new SourceLine(line, lineNo++));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        return lines;
    }

    private static void checkNotBinary(byte[] bytes, String file) {
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (endsLine(bytes, i)) line++;
            // NUL and most C0 controls never occur in a text page; they mark binary data.
            if (b == 0 || (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')) {
                throw new LoaderException(new SourceLocation(file, line),
                        String.format("binary data (control byte 0x%02X): expected a UTF-8 text page", b));
            }
        }
    }

    private static String decodeStrict(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LoaderException(new SourceLocation(file, lineOfFirstInvalidByte(bytes)),
                    "invalid UTF-8: the page must be UTF-8 text", e);
        }
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (endsLine(bytes, i)) {
                if (!decodes(decoder, bytes, lineStart, i)) return line;
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    /** LF, CRLF (counted at its LF) and a bare CR each end a line, as in splitLines, so error lines agree with it. */
    private static boolean endsLine(byte[] bytes, int i) {
        return bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'));
    }

    private static boolean decodes(CharsetDecoder decoder, byte[] bytes, int from, int to) {
        try {
            decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
