package org.doudi.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doudi.policy.AssessmentException;
import org.doudi.policy.Assessor;
import org.doudi.policy.PolicyPacks;

/**
 * {@code java -jar doudi.jar assess FILE|-}: reads a request (contracts/assessment.md) from a file or
 * standard input, prints the decision and exits 0; a request that cannot be assessed prints the JSON
 * error object and exits 2. No database and no server are started.
 */
public final class AssessCommand {

    private AssessCommand() {
    }

    public static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("用法 / usage: java -jar doudi.jar assess FILE|-");
            return 2;
        }
        try {
            String json = "-".equals(args.get(0)) ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(args.get(0)), StandardCharsets.UTF_8);
            out.println(AssessmentJson.write(new Assessor(PolicyPacks.shipped()).assess(AssessmentJson.read(json))));
            return 0;
        } catch (AssessmentException e) {
            out.println(AssessmentJson.writeError(e));
            return 2;
        } catch (IOException e) {
            out.println(AssessmentJson.writeError(new AssessmentException("FILE_UNREADABLE", null,
                    "无法读取请求文件：" + e.getMessage())));
            return 2;
        }
    }
}
