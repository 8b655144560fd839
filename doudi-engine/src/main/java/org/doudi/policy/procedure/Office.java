package org.doudi.policy.procedure;

/**
 * Who acts in a case. Township caseworkers accept and investigate; the township's responsible official
 * gives the preliminary opinion and confirms where the county has delegated confirmation; the county
 * confirms, re-checks and starts the information verification; village assistants help with intake and
 * home visits (《最低生活保障审核确认办法》第六条、第十六条).
 */
public enum Office {
    VILLAGE, TOWNSHIP, TOWNSHIP_APPROVAL, COUNTY
}
