package org.doudi.policy.internal;

/** A pack file that cannot be used, with the file and parameter at fault. */
public class PackException extends IllegalStateException {

    public PackException(String file, String parameter, String message) {
        super("政策参数包 " + file + (parameter == null ? "" : " 参数 " + parameter) + "：" + message);
    }
}
