package dev.zhibiao.ingest.source;

import dev.zhibiao.ingest.source.dedupe.ContentFingerprint;
import dev.zhibiao.ingest.source.dedupe.DuplicateIndex;
import dev.zhibiao.ingest.source.dedupe.Origin;
import dev.zhibiao.ingest.service.PostPublisher;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way from a source to the raw-posts topic: a story already published (same normalized-content hash,
 * or same canonical URL under another id) only gains an origin; anything else is published with its
 * provenance headers and then recorded. Check, publish and record happen under one lock, so two sources
 * finding the same story at the same moment still publish it once.
 */
@ApplicationScoped
public class IngestGate {
    private final PostPublisher publisher;
    private final DuplicateIndex index;

    public IngestGate(PostPublisher publisher, DuplicateIndex index) {
        this.publisher = publisher;
        this.index = index;
    }

    /** True when an earlier run already took the story at {@code url}: web sources skip fetching it again. */
    public boolean alreadyIngested(String url) {
        return index.isKnown(urlKey(url));
    }

    /** @throws dev.zhibiao.ingest.service.PublishFailedException when Kafka did not take the post */
    public synchronized void offer(PostCandidate post, SourceRun run) {
        String hash = ContentFingerprint.of(post.content());
        List<String> keys = new ArrayList<>(List.of("hash:" + hash));
        if (post.canonicalUrl() != null) {
            keys.add(urlKey(post.canonicalUrl()));
        }
        if (post.origin().startsWith("http") && !post.origin().equals(post.canonicalUrl())) {
            keys.add(urlKey(post.origin()));
        }
        Origin origin = new Origin(run.source().id(), post.origin(), post.fetchedAt());
        Optional<String> sameText = index.ownerOf(keys.get(0));
        if (sameText.isPresent()) {
            if (sameText.get().equals(post.postId()) && index.hasOrigin(post.postId(), post.origin())) {
                run.unchanged();
            } else {
                index.record(sameText.get(), keys, origin);
                run.duplicate();
            }
            return;
        }
        // same URL, new text: an update of that post when the ids agree, else the same story under another id
        Optional<String> sameUrl = keys.stream().skip(1).map(index::ownerOf).flatMap(Optional::stream).findFirst();
        if (sameUrl.isPresent() && !sameUrl.get().equals(post.postId())) {
            index.record(sameUrl.get(), keys, origin);
            run.duplicate();
            return;
        }
        Provenance provenance = new Provenance(run.source().id(), post.origin(), post.fetchedAt(), post.charset(),
                post.canonicalUrl(), hash);
        publisher.publish(post.postId(), post.origin(), post.content(), provenance.headers()).await().indefinitely();
        index.record(post.postId(), keys, origin);
        run.published();
    }

    private static String urlKey(String url) {
        return "url:" + CanonicalUrls.normalize(url);
    }
}
