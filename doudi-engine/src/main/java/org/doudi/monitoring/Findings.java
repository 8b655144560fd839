package org.doudi.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one household (or of the leads outside the registry): one per (rule, subject);
 * a second reason for the same finding is added to its evidence, and the finding is low-confidence only if
 * every reason is.
 */
final class Findings {

    private record Key(RuleId rule, String household, String idNumber, String nameWithoutId) {
    }

    private static final class Draft {
        final String name;
        final String region;
        final StringBuilder evidence;
        boolean lowConfidence;

        Draft(String name, String region, String evidence, boolean lowConfidence) {
            this.name = name;
            this.region = region;
            this.evidence = new StringBuilder(evidence);
            this.lowConfidence = lowConfidence;
        }
    }

    private final Map<Key, Draft> drafts = new LinkedHashMap<>();

    void add(RuleId rule, String household, String idNumber, String name, String region, String evidence,
             boolean lowConfidence) {
        Key key = new Key(rule, household, idNumber, idNumber.isEmpty() ? name : "");
        Draft draft = drafts.get(key);
        if (draft == null) {
            drafts.put(key, new Draft(name, region, evidence, lowConfidence));
        } else {
            draft.evidence.append("；").append(evidence);
            draft.lowConfidence &= lowConfidence;
        }
    }

    List<Finding> list() {
        List<Finding> list = new ArrayList<>(drafts.size());
        drafts.forEach((k, d) -> list.add(new Finding(k.rule().name(), k.rule().severity(), k.household(),
                k.idNumber(), d.name, d.region,
                d.lowConfidence ? d.evidence + "（低置信度：身份证号无效或缺失，按姓名匹配，请先核实身份）" : d.evidence.toString(),
                k.rule().recommendation(), d.lowConfidence)));
        return list;
    }
}
