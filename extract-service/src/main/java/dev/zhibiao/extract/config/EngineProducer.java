package dev.zhibiao.extract.config;

import dev.zhibiao.engine.IndicatorExtractor;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The extraction engine as a bean, built at startup so the place table is loaded before the first post arrives. */
public class EngineProducer {

    @Produces
    @Singleton
    @Startup
    IndicatorExtractor indicatorExtractor() {
        return IndicatorExtractor.standard();
    }
}
