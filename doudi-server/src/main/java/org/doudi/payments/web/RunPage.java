package org.doudi.payments.web;

import static org.doudi.payments.web.Refusals.blankToNull;
import static org.doudi.payments.web.Refusals.visible;

import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.payments.PaymentQueries;
import org.doudi.payments.PayrollRuns;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * 发放审核, the page of one run: its header, totals, the comparison with the month before, the holds, the first
 * lines; with the forms the user's role and the run's status allow. Shared by the pages that act on a run and
 * show it again with their outcome.
 */
@Component
class RunPage {

    static final int LINE_LIMIT = 500;
    static final List<String> LINE_STATUSES = List.of("PENDING", "HELD", "RELEASED", "WITHHELD", "PAID", "FAILED",
            "TO_RECOVER", "RECOVERED");

    private final PaymentQueries queries;
    private final DivisionDirectory divisions;

    RunPage(PaymentQueries queries, DivisionDirectory divisions) {
        this.queries = queries;
        this.divisions = divisions;
    }

    String show(DoudiUser me, long id, String lineStatus, Model model) {
        PaymentQueries.Run run = visible(() -> queries.run(me, id));
        String wanted = blankToNull(lineStatus);
        String status = wanted != null && LINE_STATUSES.contains(wanted) ? wanted : null;
        boolean runner = PayrollRuns.RUNNERS.contains(me.role());
        model.addAttribute("run", run);
        model.addAttribute("regionName", divisions.fullName(run.regionCode()));
        model.addAttribute("totals", queries.totals(me, id));
        model.addAttribute("changes", queries.diff(me, id));
        model.addAttribute("holds", queries.holds(me, id));
        model.addAttribute("lines", queries.lines(me, id, status, null, LINE_LIMIT));
        model.addAttribute("lineStatus", status);
        model.addAttribute("lineStatuses", LINE_STATUSES);
        model.addAttribute("lineLimit", LINE_LIMIT);
        model.addAttribute("mayDecide", runner && "AUDITED".equals(run.status()));
        model.addAttribute("mayExport", runner && "RELEASED".equals(run.status()));
        return "payroll/run";
    }
}
