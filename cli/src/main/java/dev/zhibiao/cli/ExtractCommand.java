package dev.zhibiao.cli;

import dev.zhibiao.contract.Json;
import dev.zhibiao.engine.ExtractionRecords;
import dev.zhibiao.engine.IndicatorExtractor;
import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.post.PostFormatException;
import dev.zhibiao.engine.post.PostParser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code zhibiao extract [--bare-numbers] PATH... | --text "..."}: prints one JSON line per post file
 * ({@code *.md}, {@code *.markdown}) or raw-text snippet ({@code *.txt}) to stdout, and a readable error on
 * stderr for each input it cannot read. Exit status 0 when at least one input was extracted (or none given),
 * 1 when every input failed, 2 on a usage error.
 */
public final class ExtractCommand {
    private static final String USAGE = """
            usage: zhibiao extract [--bare-numbers] PATH...     posts (*.md, *.markdown) and snippets (*.txt); directories are walked
                   zhibiao extract [--bare-numbers] --text "…"   extract from a raw text snippet
            """;

    private final IndicatorExtractor extractor;
    private final PostParser parser = new PostParser();
    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(IndicatorExtractor extractor, PrintStream out, PrintStream err) {
        this.extractor = extractor;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = new ExtractCommand(IndicatorExtractor.standard(), out, err).run(args);
        out.flush();
        System.exit(status);
    }

    int run(String[] args) {
        boolean bare = false;
        String text = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bare-numbers" -> bare = true;
                case "--text" -> {
                    if (i + 1 >= args.length) {
                        err.print("zhibiao extract: --text needs the text as the next argument\n" + USAGE);
                        return 2;
                    }
                    text = args[++i];
                }
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        err.print("zhibiao extract: unknown option " + args[i] + "\n" + USAGE);
                        return 2;
                    }
                    paths.add(args[i]);
                }
            }
        }
        if (text != null) {
            print("--text", parser.parseSnippet(text, null), bare);
            return 0;
        }
        if (paths.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        int ok = 0;
        int failed = 0;
        for (Path file : PostFiles.expand(paths, ExtractCommand::isInput)) {
            if (extractFile(file, bare)) {
                ok++;
            } else {
                failed++;
            }
        }
        return failed > 0 && ok == 0 ? 1 : 0;
    }

    private static boolean isInput(String lowerCaseName) {
        return lowerCaseName.endsWith(".md") || lowerCaseName.endsWith(".markdown") || lowerCaseName.endsWith(".txt");
    }

    private boolean extractFile(Path file, boolean bare) {
        String name = file.toString();
        try {
            String content = decode(Files.readAllBytes(file));
            ParsedPost post = name.toLowerCase().endsWith(".txt") ? parser.parseSnippet(content, name)
                    : parser.parse(content, name);
            print(name, post, bare);
            return true;
        } catch (CharacterCodingException e) {
            err.println("zhibiao extract: " + name + ": not UTF-8 text; convert it (e.g. from GBK) to UTF-8");
        } catch (IOException e) {
            err.println("zhibiao extract: " + name + ": cannot read: " + e.getMessage());
        } catch (PostFormatException e) {
            err.println("zhibiao extract: " + name + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // a fault of the engine on one post must not cost the output of the others
            err.println("zhibiao extract: " + name + ": the engine failed on this post (" + e
                    + "); the other posts are extracted; please report this post");
        }
        return false;
    }

    private void print(String source, ParsedPost post, boolean bare) {
        var records = ExtractionRecords.toRecords(extractor.extract(post, bare), post.text());
        out.println(Json.write(new ExtractionLine(source, post.id(), records)));
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }
}
