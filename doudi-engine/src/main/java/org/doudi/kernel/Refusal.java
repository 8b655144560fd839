package org.doudi.kernel;

/**
 * A request the system will not carry out, said the way users and systems need it: a stable machine
 * {@code code}, the {@code field} at fault (or null), and a reason in Chinese as the message.
 */
public class Refusal extends RuntimeException {

    private final String code;
    private final String field;

    public Refusal(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
