package dev.zhibiao.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;
import java.util.Set;

/** Who may call the REST API (prefix {@code zhibiao.auth}); tokens come from configuration or the environment. */
@ConfigMapping(prefix = "zhibiao.auth")
public interface AccessConfig {
    /** Bearer tokens (or API keys, sent as X-API-Key) that may write: ingest, replay, re-submit. Env: ZHIBIAO_AUTH_TOKENS. */
    Optional<Set<String>> tokens();

    /** When true, reads need a token too. */
    @WithDefault("false")
    boolean protectReads();
}
