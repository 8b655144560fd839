package org.doudi.policy;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Requests written as YAML in tests, read into the request records as the case runner reads them. */
public final class TestRequests {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Assessor ASSESSOR = new Assessor(PolicyPacks.shipped());

    private TestRequests() {
    }

    public static AssessmentRequest request(String yaml) {
        return YAML.readValue(yaml, AssessmentRequest.class);
    }

    /** Assessed against the shipped packs, with explanations. */
    public static Decision assess(String yaml) {
        return ASSESSOR.assess(request(yaml));
    }

    /** Assessed as a bulk run does: codes and references, no texts. */
    public static Decision assessQuietly(String yaml) {
        return ASSESSOR.assess(request(yaml), false);
    }

    /** The reason codes of a decision, in order. */
    public static java.util.List<String> codes(Decision decision) {
        return decision.reasons().stream().map(Decision.Reason::code).toList();
    }

    public static Assessor assessor() {
        return ASSESSOR;
    }
}
