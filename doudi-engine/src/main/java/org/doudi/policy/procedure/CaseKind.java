package org.doudi.policy.procedure;

/**
 * What a case is about: a new application; a review of a household in a programme (periodic, a reported
 * change, a death, an alert) ending in keep / increase / decrease / suspend / terminate; or the termination
 * procedure of extreme-poverty support, which is published before it takes effect (《特困人员认定办法》第二十六条).
 */
public enum CaseKind {
    APPLICATION, REVIEW, TERMINATION
}
