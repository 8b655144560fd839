package org.doudi.monitoring;

import org.doudi.kernel.Refusal;

/** A monitoring request that cannot be carried out: a machine code, the field at fault, a Chinese reason. */
public class MonitoringException extends Refusal {

    public MonitoringException(String code, String field, String message) {
        super(code, field, message);
    }

    static MonitoringException notFound() {
        return new MonitoringException("NOT_FOUND", null, "预警不存在，或不在您的管辖范围内");
    }

    static MonitoringException conflict() {
        return new MonitoringException("CONCURRENT_CHANGE", null, "该预警已被他人处理，请刷新后查看最新情况再操作");
    }
}
