package cn.zgc.residence.eligibility.letter;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * The recommendation letter as a signed PDF: the page laid out by {@link LetterPdf}, then one PAdES baseline B-B
 * signature (sub-filter ETSI.CAdES.detached) added as an incremental update, dated the letter's issue time.
 * Same letter and same signing key, same bytes.
 */
@ApplicationScoped
public class LetterDocuments {

    /** Room reserved for the CMS signature: the signer's chain of a few certificates fits well within it. */
    private static final int SIGNATURE_SIZE = 16 * 1024;

    private final SigningCredentials credentials;

    public LetterDocuments(SigningCredentials credentials) {
        this.credentials = credentials;
    }

    public byte[] pdf(Letter letter) {
        try {
            byte[] unsigned = LetterPdf.render(letter);
            try (PDDocument document = Loader.loadPDF(unsigned);
                    SignatureOptions options = new SignatureOptions()) {
                document.setDocumentId(LetterPdf.documentSeed(letter));
                PDSignature signature = new PDSignature();
                signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
                signature.setName(LetterText.ISSUER_EN);
                signature.setLocation("Beijing");
                signature.setReason("Recommendation letter " + letter.number());
                signature.setSignDate(LetterPdf.issueTime(letter));
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, new CadesSignature(credentials), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 2 * SIGNATURE_SIZE + 4096);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the letter " + letter.number() + " cannot be made: " + e.getMessage(), e);
        }
    }
}
