package dev.zhibiao.ingest.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A body of a Content-Type the endpoint does not take: problem details naming what it takes, not an empty 415. */
public class UnsupportedMediaTypes {
    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        String takes = uri.getPath().equals("/api/posts/batch")
                ? "it takes " + NdjsonBatch.MEDIA_TYPE + ", " + NdjsonBatch.FORMAT
                : "/q/openapi lists the types it takes";
        return Problems.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                + headers.getHeaderString(HttpHeaders.CONTENT_TYPE) + " is not taken by " + uri.getPath() + ": " + takes);
    }
}
