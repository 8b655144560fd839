package org.doudi.registry;

import org.doudi.kernel.Refusal;

/** A change to the register that cannot be made: a machine code, the field at fault, a Chinese reason. */
public class RegistryException extends Refusal {

    public RegistryException(String code, String field, String message) {
        super(code, field, message);
    }

    /** Somebody else changed the household since this user loaded it. */
    public static RegistryException conflict() {
        return new RegistryException("CONCURRENT_CHANGE", null, "该户信息已被他人修改，请刷新后重新操作");
    }

    public static RegistryException notFound() {
        return new RegistryException("NOT_FOUND", null, "家庭或人员不存在，或不在您的管辖范围内");
    }
}
