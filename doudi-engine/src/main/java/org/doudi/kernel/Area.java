package org.doudi.kernel;

/** 城市 / 农村: the urban or rural classification of a residence or a policy standard. */
public enum Area {
    URBAN, RURAL
}
