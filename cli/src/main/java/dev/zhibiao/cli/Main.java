package dev.zhibiao.cli;

import java.util.Arrays;

/** Entry point of the {@code zhibiao} command line: dispatches to a sub-command. */
public final class Main {
    private static final String USAGE = """
            usage: zhibiao-cli extract [--bare-numbers] PATH... | --text "…"
                   zhibiao-cli ingest [--url http://127.0.0.1:8081] [--token TOKEN] [--concurrency 4] [--quiet] PATH...
                   zhibiao-cli dead-letters list|resubmit [--bootstrap HOST:PORT] [--key POST_ID]
            """;

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.print(USAGE);
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "extract" -> ExtractCommand.main(rest);
            case "ingest" -> IngestCommand.main(rest);
            case "dead-letters" -> DeadLettersCommand.main(rest);
            default -> {
                System.err.print("unknown command " + args[0] + "\n" + USAGE);
                System.exit(2);
            }
        }
    }
}
