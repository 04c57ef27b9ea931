package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.diag.Messages;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command prints for people goes through here: control characters that reach
 * it (from a file name, an argument, a message, a stack trace) show escaped, as
 * {@link Messages#terminal} does, so no path can forget it. Line breaks stay.
 */
final class TerminalWriter extends FilterWriter {
    TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(Messages.terminal(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        out.write(Messages.terminal(new String(cbuf, off, len)));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        String s = str.substring(off, off + len);
        // println's own line end, "\r\n" on Windows, is ours and stays.
        out.write(s.equals(System.lineSeparator()) ? s : Messages.terminal(s));
    }
}
