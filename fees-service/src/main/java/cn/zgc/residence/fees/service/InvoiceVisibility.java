package cn.zgc.residence.fees.service;

import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.fees.repository.InvoiceEntity;

/**
 * Who sees an invoice: immigration every one, a partner its own; for anyone else it does not exist (404), so that
 * another partner's ids reveal nothing. (The roles allowed at all are the resources' business.)
 */
final class InvoiceVisibility {

    private InvoiceVisibility() {
    }

    static boolean canSee(Caller caller, String ownerPartnerId) {
        return caller.isImmigration() || (caller.isPartner() && caller.partnerId().equals(ownerPartnerId));
    }

    static InvoiceEntity visible(Caller caller, InvoiceEntity invoice) {
        if (!canSee(caller, invoice.partnerId)) {
            throw ApiException.notFound("Invoice", invoice.id);
        }
        return invoice;
    }
}
