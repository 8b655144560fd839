package org.doudi.kernel;

/** 残疾类别: the kinds on the disability certificate. */
public enum DisabilityKind {
    VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL, MULTIPLE
}
