package cn.zgc.residence.fees.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.common.events.payload.DossierCompleted;
import cn.zgc.residence.common.events.payload.InvoiceIssued;
import cn.zgc.residence.common.events.payload.InvoicePaid;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.fees.api.InvoiceView;
import cn.zgc.residence.fees.api.IssueInvoiceRequest;
import cn.zgc.residence.fees.domain.Money;
import cn.zgc.residence.fees.domain.Pricing;
import cn.zgc.residence.fees.domain.ServiceCode;
import cn.zgc.residence.fees.repository.ChargeRuleRepository;
import cn.zgc.residence.fees.repository.InvoiceEntity;
import cn.zgc.residence.fees.repository.InvoiceLineEmbeddable;
import cn.zgc.residence.fees.repository.InvoiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Issuing invoices (for a completed dossier, or by an officer for certificate services) and reading them. */
@ApplicationScoped
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class);
    /** The certificate services an officer invoices on request; the first application is invoiced by the dossier. */
    private static final List<ServiceCode> OFFICER_SERVICES =
            List.of(ServiceCode.CERTIFICATE_PRODUCTION, ServiceCode.REPLACEMENT, ServiceCode.REISSUANCE);

    private final InvoiceRepository invoices;
    private final ChargeRuleRepository chargeRules;
    private final QuoteService pricing;
    private final InvoiceReader reader;
    private final Outbox outbox;
    private final Clock clock;

    public InvoiceService(InvoiceRepository invoices, ChargeRuleRepository chargeRules, QuoteService pricing,
            InvoiceReader reader, Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.chargeRules = chargeRules;
        this.pricing = pricing;
        this.reader = reader;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Issues the invoice of a completed dossier, priced with the schedule in force on the acceptance date. A dossier
     * already invoiced is left alone, so a repeated event (even under another event id) issues nothing more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issueForCompletedDossier(DossierCompleted event) {
        if (event.dossierId() == null || event.partnerId() == null || event.acceptanceDate() == null
                || event.applicationKind() == null) {
            throw new UnprocessableEventException("DossierCompleted needs dossierId, partnerId, applicationKind and acceptanceDate");
        }
        if (invoices.existsForCompletedDossier(event.dossierId())) {
            LOG.infof("dossier %s already has its invoice; nothing to issue", event.dossierId());
            return;
        }
        List<ServiceCode> services = chargeRules.servicesFor(event.applicationKind());
        if (services.isEmpty()) {
            throw new UnprocessableEventException("no charge rule for application kind " + event.applicationKind());
        }
        Pricing.Priced priced;
        try {
            priced = pricing.price(services, event.acceptanceDate());
        } catch (ApiException e) {
            throw new UnprocessableEventException(e.getMessage());
        }
        InvoiceEntity invoice = newInvoice(InvoiceEntity.Origin.DOSSIER_COMPLETED, event.partnerId(),
                event.dossierId(), event.applicantRef(), event.acceptanceDate(), priced, "fees-service");
        invoice.applicationKind = event.applicationKind();
        issue(invoice);
        LOG.infof("issued invoice %s for dossier %s: %s", invoice.id, event.dossierId(), priced.total());
    }

    @Transactional
    public InvoiceView issueByOfficer(IssueInvoiceRequest request, String officer) {
        for (int i = 0; i < request.services().size(); i++) {
            if (!OFFICER_SERVICES.contains(request.services().get(i))) {
                throw ApiException.invalid("services[" + i + "]", "an officer invoices only " + OFFICER_SERVICES
                        + "; the first application is invoiced when its dossier completes");
            }
        }
        LocalDate on = request.pricedOn() != null ? request.pricedOn() : LocalDate.now(clock);
        Pricing.Priced priced = pricing.price(request.services(), on);
        InvoiceEntity invoice = newInvoice(InvoiceEntity.Origin.OFFICER, request.partnerId(), request.dossierId(),
                request.applicantRef(), on, priced, officer);
        issue(invoice);
        return reader.view(invoice);
    }

    public InvoiceView get(UUID id, Caller caller) {
        InvoiceEntity invoice = invoices.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Invoice", id));
        return reader.view(caller.visible(invoice, invoice.partnerId, "Invoice", id));
    }

    /** The dossier's invoices; another partner's dossier answers 404, as if it had none. */
    public List<InvoiceView> listByDossier(UUID dossierId, Caller caller) {
        List<InvoiceEntity> all = invoices.listByDossier(dossierId);
        List<InvoiceEntity> visible = all.stream().filter(i -> caller.canSee(i.partnerId)).toList();
        if (visible.isEmpty() && !all.isEmpty()) {
            throw ApiException.notFound("Dossier", dossierId);
        }
        return visible.stream().map(reader::view).toList();
    }

    private InvoiceEntity newInvoice(InvoiceEntity.Origin origin, String partnerId, UUID dossierId,
            String applicantRef, LocalDate pricedOn, Pricing.Priced priced, String issuedBy) {
        InvoiceEntity invoice = new InvoiceEntity();
        invoice.id = UUID.randomUUID();
        invoice.origin = origin;
        invoice.partnerId = partnerId;
        invoice.dossierId = dossierId;
        invoice.applicantRef = applicantRef;
        invoice.scheduleVersion = priced.scheduleVersion();
        invoice.pricedOn = pricedOn;
        invoice.currency = Money.CURRENCY;
        invoice.total = priced.total().amount();
        invoice.paid = Money.ZERO.amount();
        invoice.refunded = Money.ZERO.amount();
        invoice.status = InvoiceEntity.Status.ISSUED;
        invoice.issuedBy = issuedBy;
        invoice.issuedAt = OffsetDateTime.now(clock);
        priced.lines().forEach(l -> invoice.lines.add(new InvoiceLineEmbeddable(l.service(), l.amount().amount())));
        return invoice;
    }

    private void issue(InvoiceEntity invoice) {
        invoices.persist(invoice);
        outbox.record(new InvoiceIssued(invoice.id, invoice.dossierId, invoice.partnerId,
                invoice.lines.stream().map(l -> l.serviceCode.name()).toList(), invoice.total, invoice.currency,
                invoice.scheduleVersion, invoice.issuedAt));
        if (invoice.settlement().isPaidInFull()) {
            // a schedule may set a service free: nothing is due, so the invoice is settled at once
            invoice.status = InvoiceEntity.Status.PAID;
            invoice.paidAt = invoice.issuedAt;
            outbox.record(new InvoicePaid(invoice.id, invoice.dossierId, invoice.partnerId, invoice.total,
                    invoice.currency, invoice.paidAt));
        }
    }
}
