package org.doudi.assessment;

import org.doudi.policy.Assessor;
import org.doudi.policy.PolicyPacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine in the server: the shipped packs, checked at start-up, and one assessor. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AssessmentConfiguration.class);

    @Bean
    PolicyPacks policyPacks(java.time.Clock clock) {
        PolicyPacks packs = PolicyPacks.shipped();
        var problems = packs.catalogueProblems(java.time.LocalDate.now(clock).plusYears(1));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("政策参数包不完整：\n" + String.join("\n", problems));
        }
        log.info("政策参数包已载入并校验：{} 个（{}）", packs.packs().size(),
                packs.packs().stream().map(p -> p.file()).toList());
        return packs;
    }

    @Bean
    Assessor assessor(PolicyPacks packs) {
        return new Assessor(packs);
    }
}
