package dev.zhibiao.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion and keeps its output; stdout and stderr are merged. */
record Command(int exitCode, String output) {
    static Command run(Path workingDir, long timeoutSeconds, String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).directory(workingDir.toFile())
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            // read while it runs: a full pipe would block the process
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            return new Command(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }
}
