package org.backspasmkg.loader.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.backspasmkg.loader.diag.LoaderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes to numbered lines: line ends, BOM, and input that is not a text page. */
class PageReaderTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(PageReaderTest.class.getResource("/fixtures/parse/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).toList();
    }

    private static List<Integer> numbers(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::line).toList();
    }

    @Test
    void crlfEndsOneLineAndLeavesNoCarriageReturnInTheText() throws IOException {
        Path file = fixture("crlf.txt");
        // Guard: a checkout that normalised the fixture to LF would make this test pass vacuously.
        assertThat(Files.readString(file)).contains("\r\n");

        List<SourceLine> lines = PageReader.readLines(file, "crlf.txt");

        assertThat(numbers(lines)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(texts(lines)).noneMatch(t -> t.contains("\r") || t.contains("\n"));
        assertThat(lines.get(5).text()).isEqualTo("Does it last long?");
    }

    @Test
    void bareCarriageReturnsAlsoEndLines() {
        byte[] bytes = "One?\rOne?\rAn answer.\r\nTwo?".getBytes(StandardCharsets.UTF_8);

        List<SourceLine> lines = PageReader.splitLines(bytes, "cr.txt");

        assertThat(texts(lines)).containsExactly("One?", "One?", "An answer.", "Two?");
        assertThat(numbers(lines)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void byteOrderMarkIsDroppedFromTheFirstLine() throws IOException {
        Path file = fixture("bom.txt");
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);

        List<SourceLine> lines = PageReader.readLines(file, "bom.txt");

        assertThat(lines.get(0)).isEqualTo(new SourceLine("What is a calf cramp?", 1));
        // a final newline ends the last line; it does not start an empty sixth one
        assertThat(lines).hasSize(5);
    }

    @Test
    void lastLineWithoutNewlineIsKept() {
        List<SourceLine> lines = PageReader.readLines(fixture("no-final-newline.txt"), "nfn.txt");

        assertThat(lines).hasSize(5);
        assertThat(lines.get(4)).isEqualTo(new SourceLine("Usually within half an hour of moving about.", 5));
    }

    @Test
    void typographicCharactersSurviveDecoding() {
        List<SourceLine> lines = PageReader.readLines(fixture("typographic-quotes.txt"), "tq.txt");

        assertThat(lines.get(2).text()).isEqualTo("It\u2019s a common way to say a back muscle went into sudden spasm.");
    }

    @Test
    void blankLinesAreKeptSoLaterLinesKeepTheirNumbers() {
        List<SourceLine> lines = PageReader.readLines(fixture("blank-lines.txt"), "bl.txt");

        assertThat(lines).hasSize(10);
        assertThat(lines.get(9)).isEqualTo(new SourceLine("Twenty minutes at a time, a few times a day.", 10));
    }

    @Test
    void emptyFileHasNoLines() {
        assertThat(PageReader.readLines(fixture("empty.txt"), "empty.txt")).isEmpty();
    }

    // ---- input that is not a text page

    @Test
    void nulBytesAreBinaryDataAtTheirLine() throws IOException {
        Path file = write("nul.txt", bytes("Is this text?\nIs this text?\nNo\0\0\0\n"));

        LoaderException e = read(file, "pages/nul.txt");

        assertThat(e.location().file()).isEqualTo("pages/nul.txt");
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("pages/nul.txt:3: error: binary data").contains("0x00");
    }

    @Test
    void pngImageIsRefusedAsBinary() throws IOException {
        // The 8-byte PNG signature, then the start of an IHDR chunk: what a mis-named image file begins with.
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = write("picture.txt", png);

        LoaderException e = read(file, "picture.txt");

        // the signature's CR LF ends line 1, so its 0x1A byte is on line 2
        assertThat(e.location().line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("picture.txt:2: error: binary data", "0x1A", "UTF-8 text");
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() throws IOException {
        // 0xE9 is "é" in Latin-1: a page saved in the wrong encoding
        Path file = write("latin1.txt", bytes("Is it caf\u00e9 or cafe?\nIs it?\nA caf", 0xE9, " near the clinic.\nMore?\n"));

        LoaderException e = read(file, "latin1.txt");

        assertThat(e.location()).extracting(l -> l.file(), l -> l.line()).containsExactly("latin1.txt", 3);
        assertThat(e.getMessage()).contains("latin1.txt:3: error: invalid UTF-8");
    }

    @Test
    void invalidUtf8OnALastLineWithoutNewlineIsFound() throws IOException {
        Path file = write("tail.txt", bytes("Q?\nQ?\nA", 0xFF));

        assertThat(read(file, "tail.txt").location().line()).isEqualTo(3);
    }

    @Test
    void badBytesInAPageWithBareCarriageReturnsAreReportedAtTheLineTheReaderWouldGive() throws IOException {
        // Old Mac line ends: the reader splits on a bare CR, so the error lines must count CRs too.
        Path binary = write("cr-binary.txt", bytes("Q?\rQ?\rA", 0x01, "\r"));
        Path latin1 = write("cr-latin1.txt", bytes("Q?\r\nQ?\rA", 0xE9, "\r"));

        assertThat(read(binary, "cr-binary.txt").location().line()).isEqualTo(3);
        assertThat(read(latin1, "cr-latin1.txt").location().line()).isEqualTo(3);
    }

    @Test
    void tenMegabyteLineIsRefusedAtItsLine() throws IOException {
        Path file = tmp.resolve("huge.txt");
        byte[] head = "Why is this line so long?\nWhy is this line so long?\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 10 * 1024 * 1024];
        System.arraycopy(head, 0, all, 0, head.length);
        Arrays.fill(all, head.length, all.length, (byte) 'a');
        Files.write(file, all);

        LoaderException e = read(file, "huge.txt");

        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("huge.txt:3: error: line is 10485760 characters long",
                "at most " + PageReader.MAX_LINE_CHARS);
    }

    @Test
    void missingFileIsReportedWithItsName() {
        LoaderException e = read(tmp.resolve("absent.txt"), "absent.txt");

        assertThat(e.location().file()).isEqualTo("absent.txt");
        assertThat(e.getMessage()).contains("cannot read file");
    }

    private LoaderException read(Path file, String display) {
        try {
            List<SourceLine> lines = PageReader.readLines(file, display);
            throw new AssertionError("expected a LoaderException, got " + lines.size() + " lines");
        } catch (LoaderException e) {
            return e;
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    /** UTF-8 text pieces with raw bytes (given as ints) between them. */
    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof Integer b) out.write(b);
            else out.writeBytes(p.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
