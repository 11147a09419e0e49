package dev.zhibiao.benchmarks;

import dev.zhibiao.engine.IndicatorExtractor;
import dev.zhibiao.engine.metric.MetricLabeler;
import dev.zhibiao.engine.period.PeriodResolver;
import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.quantity.QuantityRecognizer;
import dev.zhibiao.engine.region.RegionResolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One pass over every corpus post, for the whole engine ({@link IndicatorExtractor#extract}) and for each component
 * alone, so the components' shares show where the engine's time goes (the extractor also splits sentences, which no
 * component pass times). Each pass hands its results to a sink so that the JIT cannot drop the work.
 */
final class EngineWorkloads {
    private final List<ParsedPost> posts;
    private final IndicatorExtractor extractor = IndicatorExtractor.standard();
    private final QuantityRecognizer quantities = new QuantityRecognizer();
    private final MetricLabeler metrics = new MetricLabeler();
    private final RegionResolver regions = RegionResolver.shared();
    private final PeriodResolver periods = new PeriodResolver();
    /** The quantities of each post, found once, for the metric labeler (which labels quantities already found). */
    private final List<List<Quantity>> found;

    EngineWorkloads(List<ParsedPost> posts) {
        this.posts = posts;
        this.found = posts.stream().map(p -> quantities.find(p.text())).toList();
    }

    /** Every pass by name, the whole engine first. */
    Map<String, Consumer<Consumer<Object>>> passes() {
        Map<String, Consumer<Consumer<Object>>> passes = new LinkedHashMap<>();
        passes.put("engine", this::engine);
        passes.put("quantities", this::quantities);
        passes.put("metrics", this::metrics);
        passes.put("regions", this::regions);
        passes.put("periods", this::periods);
        return passes;
    }

    void engine(Consumer<Object> sink) {
        for (ParsedPost post : posts) {
            sink.accept(extractor.extract(post));
        }
    }

    void quantities(Consumer<Object> sink) {
        for (ParsedPost post : posts) {
            sink.accept(quantities.find(post.text()));
        }
    }

    void metrics(Consumer<Object> sink) {
        for (int i = 0; i < posts.size(); i++) {
            String text = posts.get(i).text();
            sink.accept(metrics.labels(text, found.get(i))); // in one pass, as the extractor does (without its place names)
        }
    }

    void regions(Consumer<Object> sink) {
        for (ParsedPost post : posts) {
            sink.accept(regions.analyze(post.text(), post.titleEnd()));
        }
    }

    void periods(Consumer<Object> sink) {
        for (ParsedPost post : posts) {
            sink.accept(periods.analyze(post.text(), post.titleEnd(), post.publishedOn()));
        }
    }
}
