package org.dronecoalition.web.answers;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * A response written to the client as usual and copied on the way, up to a limit, so that the page
 * can be given again; a page longer than the limit is only written.
 */
final class CopiedResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final StringWriter chars = new StringWriter();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean tooLong;
    private PrintWriter writer;
    private ServletOutputStream stream;

    CopiedResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** What was written, in the response's encoding; null if it was longer than the limit. */
    byte[] body() {
        if (tooLong) {
            return null;
        }
        return writer != null ? chars.toString().getBytes(Charset.forName(getCharacterEncoding())) : bytes.toByteArray();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            Writer out = super.getWriter();
            writer = new PrintWriter(new Writer() {
                @Override
                public void write(char[] text, int offset, int length) throws IOException {
                    out.write(text, offset, length);
                    if (!tooLong) {
                        tooLong = chars.getBuffer().length() + length > limit;
                        chars.write(text, offset, length);
                    }
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            });
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream out = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    copy(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int offset, int length) throws IOException {
                    out.write(b, offset, length);
                    copy(b, offset, length);
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    private void copy(byte[] b, int offset, int length) {
        if (!tooLong) {
            tooLong = bytes.size() + length > limit;
            bytes.write(b, offset, length);
        }
    }
}
