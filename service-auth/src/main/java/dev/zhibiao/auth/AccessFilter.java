package dev.zhibiao.auth;

import dev.zhibiao.contract.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Requires a configured token for every write (POST, PUT, PATCH, DELETE) under /api, and for reads when
 * {@code zhibiao.auth.protect-reads=true}. Health, metrics and API documents stay open.
 */
public class AccessFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private final AccessConfig config;

    public AccessFilter(AccessConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        boolean write = WRITES.contains(request.getMethod());
        if (!write && !config.protectReads()) {
            return Optional.empty();
        }
        Set<String> tokens = config.tokens().orElse(Set.of());
        if (tokens.isEmpty()) {
            return Optional.of(problem("this service has no access tokens configured; the operator must set "
                    + "ZHIBIAO_AUTH_TOKENS before " + (write ? "writes" : "reads") + " are allowed"));
        }
        String presented = presentedToken(request);
        if (presented == null) {
            return Optional.of(problem("send 'Authorization: Bearer <token>' (or 'X-API-Key: <token>')"));
        }
        for (String token : tokens) {
            if (MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
                return Optional.empty();
            }
        }
        return Optional.of(problem("the token is not valid for this service"));
    }

    private static String presentedToken(ContainerRequestContext request) {
        String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        String key = request.getHeaderString("X-API-Key");
        return key == null || key.isBlank() ? null : key.trim();
    }

    private static Response problem(String detail) {
        return Response.status(Response.Status.UNAUTHORIZED).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"zhibiao\"")
                .entity(Problem.of(401, "Unauthorized", detail)).build();
    }
}
