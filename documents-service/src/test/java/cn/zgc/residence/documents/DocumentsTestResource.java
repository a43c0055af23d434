package cn.zgc.residence.documents;

import cn.zgc.residence.testsupport.ServiceTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against documents_test, the test broker and the offices-service stub (appointments). */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "documents_test"))
@WithTestResource(value = OfficesStub.class, scope = TestResourceScope.GLOBAL)
public final class DocumentsTestResource {
}
