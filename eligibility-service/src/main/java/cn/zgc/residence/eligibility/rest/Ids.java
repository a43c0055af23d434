package cn.zgc.residence.eligibility.rest;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import java.util.UUID;

/** Path ids: something that is not a UUID names no resource, so it answers 404 like an unknown id. */
final class Ids {

    private Ids() {
    }

    static UUID uuid(String id, Text what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what, id);
        }
    }
}
