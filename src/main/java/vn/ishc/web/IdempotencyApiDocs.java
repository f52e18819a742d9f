package vn.ishc.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** The OpenAPI description says on every API write that it takes an {@code Idempotency-Key} ({@link Idempotency}). */
@Configuration
class IdempotencyApiDocs {
    static final String DESCRIPTION = "Optional. A key the client makes for this write (up to 255 characters, a UUID"
            + " is best). Sent again with the same request, within 24 hours, the write is not done twice: the answer"
            + " is the first one again (same status and body, header `Idempotent-Replayed: true`). The same key with"
            + " another request is a 422 problem; while the first sending is still being written, a 409 problem"
            + " (send again later). Keys are per user. Use one for every write that moves money.";

    private static final Set<RequestMethod> WRITES =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            RequestMapping mapping =
                    AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
            boolean api = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class);
            if (api && mapping != null && Arrays.stream(mapping.method()).anyMatch(WRITES::contains)) {
                operation.addParametersItem(new HeaderParameter()
                        .name(Idempotency.HEADER)
                        .required(false)
                        .description(DESCRIPTION)
                        .schema(new StringSchema().maxLength(255)));
            }
            return operation;
        };
    }
}
