import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.engine.ExtractionRecords;
import dev.zhibiao.engine.Indicator;
import dev.zhibiao.engine.IndicatorExtractor;
import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.post.PostFormatException;
import dev.zhibiao.engine.post.PostParser;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes N indicator events, as extract-service writes them, to a topic: the corpus's posts are extracted once
 * by the engine, then sent again and again under distinct post ids (copy k of post p is "w{k}-{p}"), so every event
 * is a new post for query-service.
 *
 * <p>java -cp cli/target/zhibiao-cli.jar query-service/bench/WriteLoad.java CORPUS_DIR BOOTSTRAP TOPIC EVENTS
 */
public class WriteLoad {
    private record Extracted(ParsedPost post, String source, String raw, List<Indicator> indicators) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        String bootstrap = args[1];
        String topic = args[2];
        int events = Integer.parseInt(args[3]);

        List<Extracted> posts = extract(corpus);
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "acks", "all", "compression.type", "lz4",
                "linger.ms", 20, "batch.size", 262144, "max.request.size", 12 * 1024 * 1024,
                "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName());
        long rows = 0;
        long bytes = 0;
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < events; i++) {
                Extracted p = posts.get(i % posts.size());
                String id = "w" + (i / posts.size()) + "-" + p.post().id();
                ParsedPost copy = p.post().withId(id);
                IndicatorsExtracted event = ExtractionRecords.toEvent(copy, p.source(), p.raw(), p.indicators(), Instant.now());
                String json = Json.write(event);
                rows += event.indicators().size();
                bytes += json.getBytes(StandardCharsets.UTF_8).length;
                producer.send(new ProducerRecord<>(topic, id, json));
            }
            producer.flush();
        }
        System.out.printf("produced %d events (%d distinct posts of the corpus, %d indicators, %.1f MB of JSON) in %.1f s%n",
                events, posts.size(), rows, bytes / 1e6, (System.nanoTime() - t0) / 1e9);
        System.out.println("EVENTS=" + events);
        System.out.println("INDICATORS=" + rows);
    }

    /** Each post id of the corpus once (a post filed under two names has one id), with its indicators. */
    private static List<Extracted> extract(Path corpus) throws Exception {
        PostParser parser = new PostParser();
        IndicatorExtractor extractor = IndicatorExtractor.standard();
        Map<String, Extracted> posts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String raw = Files.readString(file);
                try {
                    ParsedPost post = parser.parse(raw, file.toString());
                    posts.putIfAbsent(post.id(), new Extracted(post, file.getFileName().toString(), raw, extractor.extract(post)));
                } catch (PostFormatException e) {
                    // not a post (the corpus README)
                }
            }
        }
        return new ArrayList<>(posts.values());
    }
}
