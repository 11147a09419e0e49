package dev.zhibiao.ingest.rest;

import dev.zhibiao.contract.Problem;
import jakarta.ws.rs.core.Response;

/** Builds problem+json error answers. */
final class Problems {
    private Problems() {
    }

    static Response response(Response.Status status, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail)).build();
    }
}
