package org.dronecoalition.domain.proposal;

import static org.dronecoalition.domain.proposal.ProposalTest.PDF;
import static org.dronecoalition.domain.proposal.ProposalTest.upload;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProposalDocumentTest {

    private static final Instant NOW = Instant.parse("2024-09-01T08:00:00Z");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void pdfPngAndJpegAreRecognisedByTheirBytes() {
        assertThat(new ProposalDocument(1, "a.pdf", "application/pdf", upload(PDF), NOW).getMediaType(),
                is("application/pdf"));
        assertThat(new ProposalDocument(1, "a.png", "image/png", upload(PNG), NOW).getMediaType(), is("image/png"));
        assertThat(new ProposalDocument(1, "a.jpg", "IMAGE/JPEG", upload(JPEG), NOW).getMediaType(), is("image/jpeg"));
    }

    @Test
    void aRenamedExecutableIsNotAPdf() {
        var e = assertThrows(InvalidInputException.class,
                () -> new ProposalDocument(1, "spec.pdf", "application/pdf", upload(EXE), NOW));
        assertThat(e.field(), is("file"));
        assertThat(e.getMessage(), containsString("not a PDF, PNG or JPEG"));
    }

    @Test
    void theDeclaredTypeMustMatchTheContent() {
        var e = assertThrows(InvalidInputException.class,
                () -> new ProposalDocument(1, "photo.pdf", "application/pdf", upload(PNG), NOW));
        assertThat(e.getMessage(), containsString("its content is image/png"));
    }

    @Test
    void pathsInFileNamesAreNeutralised() {
        ProposalDocument d = new ProposalDocument(1, "../../etc/spec.pdf", "application/pdf", upload(PDF), NOW);
        assertThat(d.getFileName(), is(".._.._etc_spec.pdf"));
        assertThat(d.getSizeBytes(), is((long) PDF.length));
        assertThat(new String(PDF, StandardCharsets.US_ASCII), containsString("%PDF"));
    }

    @Test
    void aBodyShorterThanItsDeclaredLengthIsRefused() {
        DocumentUpload cut = new DocumentUpload(new ByteArrayInputStream(PDF), PDF.length + 10L);
        ProposalDocument d = new ProposalDocument(1, "a.pdf", "application/pdf", cut, NOW);
        var e = assertThrows(InvalidInputException.class, () -> ProposalTest.stored(d, cut));
        assertThat(e.getMessage(), containsString("ended after " + PDF.length + " of the declared"));
    }

    @Test
    void noMoreThanTheDeclaredLengthIsRead() {
        DocumentUpload declaredShort = new DocumentUpload(new ByteArrayInputStream(PDF), 5);
        assertThrows(IOException.class, () -> declaredShort.content().transferTo(OutputStream.nullOutputStream()));
    }
}
