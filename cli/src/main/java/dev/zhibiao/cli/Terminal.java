package dev.zhibiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal: Java has no isatty, so ask Linux where file descriptor 2 points. */
final class Terminal {
    private Terminal() {
    }

    static boolean stderr() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            // elsewhere: a console means at least stdin and stdout are a terminal, and stderr usually is too
            return System.console() != null;
        }
    }
}
