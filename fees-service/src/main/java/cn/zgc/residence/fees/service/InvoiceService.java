package cn.zgc.residence.fees.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.common.events.payload.DossierAccepted;
import cn.zgc.residence.common.events.payload.DossierDecided;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.fees.api.InvoiceView;
import cn.zgc.residence.fees.api.IssueInvoiceRequest;
import cn.zgc.residence.fees.domain.ChargeStep;
import cn.zgc.residence.fees.domain.Money;
import cn.zgc.residence.fees.domain.Pricing;
import cn.zgc.residence.fees.domain.ServiceCode;
import cn.zgc.residence.fees.repository.AcceptedDossierEntity;
import cn.zgc.residence.fees.repository.AcceptedDossierRepository;
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
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Issuing invoices (at the steps of a dossier's lifecycle that its charge rules name, or by immigration for
 * certificate services) and reading them.
 */
@ApplicationScoped
public class InvoiceService {

    /** What an invoice is called in problem details. */
    public static final Text INVOICE = new Text("Invoice", "发票");

    private static final Logger LOG = Logger.getLogger(InvoiceService.class);
    private static final String SYSTEM = "fees-service";
    /** The certificate services immigration invoices on request; the first application is invoiced by the dossier. */
    private static final List<ServiceCode> OFFICER_SERVICES =
            List.of(ServiceCode.CERTIFICATE_PRODUCTION, ServiceCode.REPLACEMENT, ServiceCode.REISSUANCE);

    private final InvoiceRepository invoices;
    private final ChargeRuleRepository chargeRules;
    private final AcceptedDossierRepository acceptedDossiers;
    private final QuoteService pricing;
    private final InvoiceReader reader;
    private final Outbox outbox;
    private final Clock clock;

    public InvoiceService(InvoiceRepository invoices, ChargeRuleRepository chargeRules,
            AcceptedDossierRepository acceptedDossiers, QuoteService pricing, InvoiceReader reader, Outbox outbox,
            Clock clock) {
        this.invoices = invoices;
        this.chargeRules = chargeRules;
        this.acceptedDossiers = acceptedDossiers;
        this.pricing = pricing;
        this.reader = reader;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The hall accepted a dossier: remembers its kind for the later steps and issues the ACCEPTED invoice its charge
     * rules name, priced with the schedule in force on the acceptance date.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chargeOnAcceptance(DossierAccepted event) {
        if (event.dossierId() == null || event.partnerId() == null || event.acceptanceDate() == null
                || event.applicationKind() == null || event.acceptedAt() == null) {
            throw new UnprocessableEventException(
                    "DossierAccepted needs dossierId, partnerId, applicationKind, acceptanceDate and acceptedAt");
        }
        if (!chargeRules.knowsKind(event.applicationKind())) {
            throw new UnprocessableEventException("no charge rule for application kind " + event.applicationKind());
        }
        AcceptedDossierEntity dossier = acceptedDossiers.findByIdOptional(event.dossierId()).orElseGet(() -> {
            AcceptedDossierEntity accepted = new AcceptedDossierEntity();
            accepted.dossierId = event.dossierId();
            accepted.partnerId = event.partnerId();
            accepted.applicantRef = event.applicantRef();
            accepted.applicationKind = event.applicationKind();
            accepted.acceptanceDate = event.acceptanceDate();
            accepted.acceptedAt = event.acceptedAt();
            acceptedDossiers.persist(accepted);
            return accepted;
        });
        charge(dossier, ChargeStep.ACCEPTED, event.acceptanceDate());
    }

    /**
     * A dossier was decided: APPROVED issues the APPROVED invoice its charge rules name (priced as of the acceptance
     * date, like the whole application); REFUSED issues nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chargeOnDecision(DossierDecided event) {
        if (event.dossierId() == null || event.outcome() == null) {
            throw new UnprocessableEventException("DossierDecided needs dossierId and outcome");
        }
        Optional<ChargeStep> step;
        try {
            step = ChargeStep.ofDecision(event.outcome());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException(e.getMessage());
        }
        if (step.isEmpty()) {
            LOG.infof("dossier %s was %s: nothing falls due", event.dossierId(), event.outcome());
            return;
        }
        AcceptedDossierEntity dossier = acceptedDossiers.findByIdOptional(event.dossierId())
                .orElseThrow(() -> new UnprocessableEventException("dossier " + event.dossierId()
                        + " was decided but its acceptance never reached fees-service"));
        LocalDate pricedOn = event.acceptanceDate() != null ? event.acceptanceDate() : dossier.acceptanceDate;
        charge(dossier, step.get(), pricedOn);
    }

    /** Issues the step's invoice once per dossier: a repeated event (even under another event id) issues nothing. */
    private void charge(AcceptedDossierEntity dossier, ChargeStep step, LocalDate pricedOn) {
        if (invoices.existsForStep(dossier.dossierId, step)) {
            LOG.infof("dossier %s already has its %s invoice; nothing to issue", dossier.dossierId, step);
            return;
        }
        List<ServiceCode> services = chargeRules.servicesFor(dossier.applicationKind, step);
        if (services.isEmpty()) {
            LOG.infof("no fee falls due for %s at %s", dossier.applicationKind, step);
            return;
        }
        Pricing.Priced priced;
        try {
            priced = pricing.price(services, pricedOn);
        } catch (ApiException e) {
            throw new UnprocessableEventException(e.getMessage());
        }
        InvoiceEntity invoice = newInvoice(InvoiceEntity.Origin.DOSSIER, dossier.partnerId, dossier.dossierId,
                dossier.applicantRef, pricedOn, priced, SYSTEM);
        invoice.applicationKind = dossier.applicationKind;
        invoice.triggerStep = step;
        issue(invoice);
        LOG.infof("issued %s invoice %s for dossier %s: %s", step, invoice.id, dossier.dossierId, priced.total());
    }

    @Transactional
    public InvoiceView issueByOfficer(IssueInvoiceRequest request, String officer) {
        for (int i = 0; i < request.services().size(); i++) {
            if (!OFFICER_SERVICES.contains(request.services().get(i))) {
                throw ApiException.invalid("services[" + i + "]", new Text("immigration invoices only "
                        + OFFICER_SERVICES + "; the first application is invoiced when the hall accepts its dossier",
                        "出入境管理局只能为 " + OFFICER_SERVICES + " 开具发票；首次申请的费用在受理大厅受理其档案时开具"));
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
        InvoiceEntity invoice = invoices.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(INVOICE, id));
        return reader.view(caller.visible(invoice, invoice.partnerId, INVOICE, invoice.id));
    }

    /** The dossier's invoices; another partner's dossier answers 404, as if it had none. */
    public List<InvoiceView> listByDossier(UUID dossierId, Caller caller) {
        List<InvoiceEntity> all = invoices.listByDossier(dossierId);
        List<InvoiceEntity> visible = all.stream().filter(i -> caller.canSee(i.partnerId)).toList();
        if (visible.isEmpty() && !all.isEmpty()) {
            throw ApiException.notFound(new Text("Dossier", "档案"), dossierId);
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
        invoice.pending = Money.ZERO.amount();
        invoice.status = InvoiceEntity.Status.ISSUED;
        invoice.issuedBy = issuedBy;
        invoice.issuedAt = OffsetDateTime.now(clock);
        priced.lines().forEach(l -> invoice.lines.add(new InvoiceLineEmbeddable(l.service(), l.amount().amount())));
        return invoice;
    }

    private void issue(InvoiceEntity invoice) {
        invoices.persist(invoice);
        outbox.record(InvoiceEvents.issued(invoice));
        if (invoice.settlement().isPaidInFull()) {
            // a schedule may set a service free: nothing is due, so the invoice is settled at once
            invoice.status = InvoiceEntity.Status.PAID;
            invoice.paidAt = invoice.issuedAt;
            outbox.record(InvoiceEvents.paid(invoice));
        }
    }
}
