package org.doudi.casework.documents;

import java.util.Objects;

/** One reason of a decision as printed: its code, the Chinese text and the legal reference it rests on. */
public record Reason(String code, String text, String reference) {

    public Reason {
        Objects.requireNonNull(text, "text");
    }
}
