package dev.zhibiao.ingest.source.folder;

import dev.zhibiao.contract.PostIds;
import dev.zhibiao.ingest.config.SourcesConfig;
import dev.zhibiao.ingest.source.IngestGate;
import dev.zhibiao.ingest.source.PostCandidate;
import dev.zhibiao.ingest.source.SourceDefinition;
import dev.zhibiao.ingest.source.SourceFailedException;
import dev.zhibiao.ingest.source.SourceKind;
import dev.zhibiao.ingest.source.SourceReader;
import dev.zhibiao.ingest.source.SourceRun;
import dev.zhibiao.ingest.source.fetch.DecodedText;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A folder of Jekyll/Hexo posts (a site checkout: {@code .git}, {@code _site} and other dot/underscore build
 * folders are skipped, {@code _posts} and {@code _drafts}-like content folders are read). Each file is
 * fingerprinted; a later run (also after a restart) reads only new and changed files. Watching is polling:
 * inotify does not work on network and container volumes, where archives usually live.
 */
@ApplicationScoped
public class FolderReader implements SourceReader {
    private static final Set<String> POST_EXTENSIONS = Set.of("md", "markdown", "html", "htm");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("_site", "node_modules", "public", "_layouts",
            "_includes", "_sass", "vendor");

    private final PostFiles postFiles;
    private final IngestGate gate;
    private final int maxBytes;

    public FolderReader(PostFiles postFiles, IngestGate gate, SourcesConfig config) {
        this.postFiles = postFiles;
        this.gate = gate;
        this.maxBytes = config.fetch().maxBytes();
    }

    @Override
    public SourceKind kind() {
        return SourceKind.FOLDER;
    }

    @Override
    public void read(SourceDefinition source, SourceRun run) throws SourceFailedException {
        Path root = Path.of(source.location()).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new SourceFailedException("folder " + root + " does not exist or is not a directory");
        }
        Set<String> present = new HashSet<>();
        for (Path file : postFilesUnder(root, run)) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            present.add(relative);
            try {
                readFile(file, relative, run);
            } catch (IOException e) {
                run.failed(file.toString(), "cannot read: " + e.getMessage());
            } catch (NotAPostException e) {
                run.failed(file.toString(), e.getMessage());
            }
        }
        run.keepFingerprintsOf(present);
    }

    private void readFile(Path file, String relative, SourceRun run) throws IOException, NotAPostException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        FileFingerprint previous = FileFingerprint.parse(run.fingerprint(relative));
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        if (previous != null && previous.size() == size && previous.modifiedMillis() == modified) {
            run.unchanged();
            return;
        }
        if (size > maxBytes) {
            throw new NotAPostException("larger than the limit of " + maxBytes + " bytes");
        }
        Instant readAt = Instant.now();
        byte[] bytes = Files.readAllBytes(file);
        FileFingerprint current = new FileFingerprint(size, modified, PostFiles.sha256(bytes));
        // a touched or re-checked-out file with the same bytes is not a change
        if (previous != null && previous.sha256().equals(current.sha256())) {
            run.fingerprint(relative, current.toString());
            run.unchanged();
            return;
        }
        DecodedText text = postFiles.decode(bytes);
        String content = postFiles.asPost(text.text(), file.getFileName().toString());
        gate.offer(new PostCandidate(PostIds.of(file.getFileName().toString(), content), file.toString(), content,
                readAt, text.charset(), postFiles.sourceUrl(content)), run);
        run.fingerprint(relative, current.toString());
    }

    private static List<Path> postFilesUnder(Path root, SourceRun run) throws SourceFailedException {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skipped = !dir.equals(root) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    if (attrs.isRegularFile() && dot > 0
                            && POST_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    run.failed(file.toString(), "cannot read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new SourceFailedException("cannot list folder " + root + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }
}
