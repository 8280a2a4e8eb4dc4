package org.dronecoalition.domain.proposal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document a proposal may carry, recognised by the first bytes of the file (its
 * signature), so that a renamed executable does not pass for a PDF.
 */
public enum DocumentType {
    PDF("application/pdf", new int[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF});

    private final String mediaType;
    private final int[] signature;

    DocumentType(String mediaType, int[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type whose signature the content starts with. */
    public static Optional<DocumentType> of(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
