package org.doudi;

import java.util.List;
import org.springframework.stereotype.Component;

/** Batch commands that need the database: run inside the application without its web server. */
@Component
class CommandLine {

    int run(String command, List<String> args) {
        System.err.println("未知命令 / unknown command: " + command);
        return 2;
    }
}
