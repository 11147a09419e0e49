package dev.zhibiao.ingest.rest;

import dev.zhibiao.contract.Problem;
import dev.zhibiao.ingest.service.IngestMetrics.Rejection;
import jakarta.ws.rs.core.Response;

/** Builds problem+json error answers. */
final class Problems {
    private Problems() {
    }

    static Response response(Response.Status status, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail)).build();
    }

    /** The answer to an upload turned away as a whole for {@code reason}. */
    static Response rejected(Rejection reason, String detail) {
        return response(switch (reason) {
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            case BAD_REQUEST, UNREADABLE -> Response.Status.BAD_REQUEST;
            case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
        }, detail);
    }
}
