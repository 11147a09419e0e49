package dev.zhibiao.query.rest;

import dev.zhibiao.contract.Problem;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps errors of user input to problem+json answers, never a 500. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e) {
        return problem(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return problem(Response.Status.NOT_FOUND, e.getMessage());
    }

    static Response problem(Response.Status status, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail)).build();
    }
}
