package org.claimdesk.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns the LF that ends each record of PostgreSQL's CSV into RFC 4180's CRLF, on the fly. A line
 * feed inside a quoted cell is data and stays as it is: the filter follows the quotes (a doubled
 * quote inside a cell toggles twice), which is safe on UTF-8 because neither byte occurs inside a
 * multi-byte character.
 */
final class CsvLineEnds extends FilterOutputStream {

    private static final byte[] CRLF = { '\r', '\n' };

    private boolean quoted;

    CsvLineEnds(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int from = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                out.write(b, from, i - from);
                out.write(CRLF, 0, 2);
                from = i + 1;
            }
        }
        out.write(b, from, end - from);
    }
}
