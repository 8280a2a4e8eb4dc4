package org.dronecoalition.domain.proposal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * A document's bytes as they arrive, of a length the sender declared: its first bytes tell what
 * it is, and it is counted and hashed on its way to the database, never held whole in memory.
 */
public final class DocumentUpload {

    /** Enough for the longest signature of a {@link DocumentType}. */
    private static final int HEAD = 16;

    private final BufferedInputStream body;
    private final long length;
    private final MessageDigest digest;
    private long read;

    public DocumentUpload(InputStream body, long length) {
        this.body = new BufferedInputStream(body);
        this.length = length;
        this.digest = Sha256.digest();
    }

    public long length() {
        return length;
    }

    /** The first bytes, still to be read again by {@link #content()}. */
    byte[] head() {
        try {
            body.mark(HEAD);
            byte[] head = body.readNBytes(HEAD);
            body.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes, hashed as they are read; never more than the declared length. */
    public InputStream content() {
        return new Counted(new DigestInputStream(body, digest));
    }

    private final class Counted extends FilterInputStream {

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int max) throws IOException {
            int n = in.read(buffer, offset, max);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > length) {
                throw new IOException("more than the declared " + length + " bytes");
            }
        }
    }

    /** The SHA-256 of what was read, once all the declared bytes were. */
    String sha256() {
        if (read != length) {
            throw new InvalidInputException("file", "the body ended after " + read + " of the declared "
                    + length + " bytes");
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
