package dev.zhibiao.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Whether a command-line tool is installed: the tests that need one are skipped, visibly, without it. */
final class Tools {
    private Tools() {
    }

    static boolean installed(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, command))
                .anyMatch(Files::isExecutable);
    }
}
