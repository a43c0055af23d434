package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.payload.ExaminationStarted;
import cn.zgc.residence.common.events.payload.InvoicePaid;
import cn.zgc.residence.documents.domain.lifecycle.DossierAction;
import cn.zgc.residence.documents.domain.lifecycle.DossierState;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The examination starts when the first-application fee of an ACCEPTED dossier is paid: an InvoicePaid whose invoice
 * fell due at the hall's acceptance (trigger ACCEPTED). Any other payment (certificate production on APPROVED, an
 * invoice issued by hand) or a dossier in another state changes nothing here.
 */
@ApplicationScoped
public class ExaminationStart {

    private static final Logger LOG = Logger.getLogger(ExaminationStart.class);

    private final DossierRepository dossiers;
    private final Transitions transitions;
    private final DossierAccess access;

    public ExaminationStart(DossierRepository dossiers, Transitions transitions, DossierAccess access) {
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.access = access;
    }

    /** fees-service's trigger of the first-application invoice: the hall's acceptance. */
    static final String ACCEPTED_TRIGGER = "ACCEPTED";

    @Transactional(Transactional.TxType.MANDATORY)
    public void paid(InvoicePaid paid) {
        if (!ACCEPTED_TRIGGER.equals(paid.trigger())) {
            LOG.debugf("invoice %s paid (trigger %s): not the first application's", paid.invoiceId(), paid.trigger());
            return;
        }
        Optional<DossierEntity> found = paid.dossierId() == null ? Optional.empty() : dossiers.findForUpdate(paid.dossierId());
        if (found.isEmpty() || found.get().state != DossierState.ACCEPTED) {
            LOG.debugf("invoice %s paid for dossier %s: no examination to start", paid.invoiceId(), paid.dossierId());
            return;
        }
        DossierEntity d = found.get();
        OffsetDateTime now = access.now();
        d.examinationInvoiceId = paid.invoiceId();
        d.examinationStartedAt = now;
        transitions.move(d, DossierAction.START_EXAMINATION, Acting.SYSTEM, now, "Invoice " + paid.invoiceId() + " paid",
                "账单 " + paid.invoiceId() + " 已缴清",
                from -> new ExaminationStarted(d.id, d.assessmentId, d.partnerId, paid.invoiceId(), now));
    }
}
