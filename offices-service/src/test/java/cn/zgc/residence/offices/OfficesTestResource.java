package cn.zgc.residence.offices;

import cn.zgc.residence.testsupport.ServiceTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the offices_test database, the test broker and documents-service's stand-in. */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "offices_test"))
@WithTestResource(value = DocumentsStub.class, scope = TestResourceScope.GLOBAL)
public final class OfficesTestResource {
}
