package cn.zgc.residence.eligibility;

import cn.zgc.residence.testsupport.ServiceTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the eligibility_test database and the test broker. */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "eligibility_test"))
public final class EligibilityTestResource {
}
