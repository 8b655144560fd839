package org.doudi.web;

import org.doudi.access.DoudiUser;
import org.doudi.database.DatabaseInfo;
import org.doudi.divisions.DivisionDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: the signed-in user, their region, and the database in use. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final DatabaseInfo databaseInfo;
    private final DivisionDirectory divisions;

    PageModel(DatabaseInfo databaseInfo, DivisionDirectory divisions) {
        this.databaseInfo = databaseInfo;
        this.divisions = divisions;
    }

    @ModelAttribute("db")
    DatabaseInfo db() {
        return databaseInfo;
    }

    @ModelAttribute("me")
    DoudiUser me(@AuthenticationPrincipal DoudiUser user) {
        return user;
    }

    @ModelAttribute("myRegionName")
    String myRegionName(@AuthenticationPrincipal DoudiUser user) {
        return user == null ? null : divisions.fullName(user.region().value());
    }
}
