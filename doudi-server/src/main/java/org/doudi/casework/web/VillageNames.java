package org.doudi.casework.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.DivisionCode;
import org.springframework.stereotype.Component;

/** Names of the villages cases are handled in, for lists that show many cases of few villages. */
@Component
class VillageNames {

    private final DivisionDirectory divisions;

    VillageNames(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    Map<String, String> of(Collection<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : codes) {
            names.computeIfAbsent(code, this::name);
        }
        return names;
    }

    String name(String code) {
        return divisions.find(DivisionCode.parse(code)).map(DivisionDirectory.Entry::name).orElse(code);
    }
}
