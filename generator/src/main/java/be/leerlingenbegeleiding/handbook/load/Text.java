package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Strict UTF-8 decoding that says where the first bad byte is. */
final class Text {
    private Text() {
    }

    /**
     * The file's text without a byte order mark, or null after adding a diagnostic that names
     * the line and column of the first byte that is not UTF-8.
     */
    static String decode(Path file, byte[] bytes, List<Diagnostic> out) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, chars, true);
        if (result.isError()) {
            int bad = in.position();
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1;
            int col = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            out.add(Diagnostic.error(Problem.NOT_UTF8, new Position(file, line, col),
                    String.format("0x%02X", bytes[bad] & 0xFF)));
            return null;
        }
        decoder.flush(chars);
        chars.flip();
        String text = chars.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

}
