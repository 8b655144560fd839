package org.doudi.policy.dibao;

import org.doudi.policy.ParameterValue;

/** The articles the rules of this package rest on, as the caseworker screen quotes them. */
final class References {

    private static final String MZ57 = "《最低生活保障审核确认办法》";
    static final String HOUSEHOLD = MZ57 + "第七条";
    static final String SINGLE_PERSON = MZ57 + "第八条";
    static final String INCOME = MZ57 + "第十三条";
    static final String PROPERTY = MZ57 + "第十四条";
    static final String AMOUNT = MZ57 + "第二十三条";
    static final String CLASSIFIED = MZ57 + "第二十七条";
    static final String CHANGES = MZ57 + "第三十二条";
    static final String GRADUAL_EXIT = MZ57 + "第三十三条；民发〔2022〕83号一（三）";
    static final String ADULT_SEVERELY_DISABLED = "民发〔2022〕83号一（一）：成年无业重度残疾人可参照“单人户”提出申请";
    static final String MARGINAL = "《关于加强低收入人口动态监测做好分层分类社会救助工作的意见》二；民发〔2022〕83号一（四）";
    static final String RIGID_CONDITIONS = "《刚性支出困难家庭认定办法》第四条";
    static final String RIGID_EXPENDITURES = "《刚性支出困难家庭认定办法》第五条";
    static final String RIGID_IN_FORCE = "《刚性支出困难家庭认定办法》第十四条";
    static final String RIGID_ASSISTANCE = "《刚性支出困难家庭认定办法》第十条";

    private References() {
    }

    /** A local rule rests on the citation of the parameter that switches it on; an override has none. */
    static String local(ParameterValue switchedOnBy, String fallback) {
        return switchedOnBy.citation() != null ? switchedOnBy.citation() : fallback;
    }
}
