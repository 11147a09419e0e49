package dev.zhibiao.ingest.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Puts the batch example into the OpenAPI document as the text it is: an annotation's example that starts with '{'
 * is read as one JSON object, which would keep only the first line of a batch.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BatchExampleFilter implements OASFilter {
    static final String OPERATION_ID = "ingestPostBatch";
    static final String EXAMPLE = """
            {"name": "2022-06-10-tiandong.md", "content": "---\\ntitle: \\"田东县村集体经济\\"\\ndate: 2022-06-10 07:44:04 +0800\\n---\\n<p>2021年全县村集体经济总收入达2026.55万元。</p>\\n"}
            {"name": "2022-06-11-empty.md", "content": ""}
            """;

    @Override
    public Operation filterOperation(Operation operation) {
        if (OPERATION_ID.equals(operation.getOperationId())) {
            operation.getRequestBody().getContent().getMediaType(NdjsonBatch.MEDIA_TYPE).setExample(EXAMPLE);
        }
        return operation;
    }
}
