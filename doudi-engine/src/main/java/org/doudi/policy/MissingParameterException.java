package org.doudi.policy;

/** A calculator asked for a parameter that no pack of the region defines at the date: a pack error. */
public class MissingParameterException extends IllegalStateException {

    private final String name;

    public MissingParameterException(String name) {
        super("政策参数未配置：" + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
