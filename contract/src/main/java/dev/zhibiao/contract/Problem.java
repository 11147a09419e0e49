package dev.zhibiao.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details: the body of every error answer of the REST APIs ({@code application/problem+json}).
 *
 * @param type   a URI naming the kind of problem ("about:blank" when the HTTP status says it all)
 * @param title  short summary, the HTTP reason phrase
 * @param status the HTTP status code
 * @param detail what is wrong with this request and how to fix it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
