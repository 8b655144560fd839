package org.doudi;

/** Real 2023 division codes of 望江县 used by tests. */
public final class Villages {

    public static final String COUNTY = "340827";
    public static final String HUAYANG = "340827100";
    public static final String YONGZHENG = "340827100006";
    public static final String WANGHUA = "340827100009";
    /** Only the simulation test puts households here, so its counts are its own. */
    public static final String TIANHE = "340827100015";
    public static final String YANGWAN = "340827101";
    public static final String YANGZHA = "340827101001";

    private Villages() {
    }

    /** 高士镇 and its villages: casework tests only. */
    public static final String GAOSHI = "340827104";
    public static final String HUSHAN = "340827104200";
    public static final String TONGLING = "340827104201";
    public static final String WUCHANG = "340827104202";
}
