package org.doudi.casework;

import org.doudi.kernel.Refusal;

/** A casework request that cannot be carried out: a machine code, the field at fault, a Chinese reason. */
public class CaseException extends Refusal {

    public CaseException(String code, String field, String message) {
        super(code, field, message);
    }

    static CaseException notFound() {
        return new CaseException("NOT_FOUND", null, "案件不存在，或不在您的管辖范围内");
    }

    static CaseException conflict() {
        return new CaseException("CONCURRENT_CHANGE", null, "该案件已被他人办理，请刷新后查看最新情况再操作");
    }

    static CaseException required(String field, String what) {
        return new CaseException("FIELD_REQUIRED", field, "请填写" + what);
    }
}
