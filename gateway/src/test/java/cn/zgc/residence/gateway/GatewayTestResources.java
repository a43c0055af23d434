package cn.zgc.residence.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the same fake services. */
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
public final class GatewayTestResources {
}
