package cn.zgc.residence.documents.domain.rules;

import static cn.zgc.residence.documents.domain.rules.Presentation.yes;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Photos: PRINTED_PHOTOS printed, taken within PHOTO_MAX_AGE_MONTHS before the acceptance date ("recently taken"),
 * white background, bareheaded, front-facing, 2-inch, colour, as the partner declares them for the printed photos. The
 * digital photo (the seed's "submitted by CD") is the uploaded JPEG, checked by its file (FileRules, ItemFileRules):
 * {@code digitalCount} and {@code digitalMedium} are no longer required nor read.
 */
public final class PhotoRules implements DocumentRule<PhotoRules.Metadata> {

    public enum Background { WHITE, BLUE, RED, OTHER }

    public enum Size { TWO_INCH, ONE_INCH, OTHER }

    public enum Medium { CD, USB, EMAIL, OTHER }

    public record Metadata(Integer printedCount, Integer digitalCount, Medium digitalMedium, LocalDate takenOn,
            Background background, Boolean bareheaded, Boolean frontFacing, Size size, Boolean colour,
            Presentation presentation) implements DocumentMetadata {
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        return new Fields().required("printedCount", m.printedCount()).notNegative("printedCount", m.printedCount())
                .notNegative("digitalCount", m.digitalCount())
                .required("takenOn", m.takenOn()).notAfter("takenOn", m.takenOn(), latest)
                .required("background", m.background()).required("size", m.size())
                .errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        int printed = context.parameters().get("PRINTED_PHOTOS");
        int maxAge = context.parameters().get("PHOTO_MAX_AGE_MONTHS");
        List<Reason> reasons = new ArrayList<>();
        if (m.printedCount() < printed) {
            reasons.add(new Reason("TOO_FEW_PRINTED_PHOTOS", m.printedCount() + " printed photos; " + printed + " required",
                    "纸质照片" + m.printedCount() + "张，须" + printed + "张"));
        }
        LocalDate oldest = context.asOf().minusMonths(maxAge);
        if (m.takenOn().isBefore(oldest)) {
            reasons.add(new Reason("PHOTO_NOT_RECENT", "Taken on " + m.takenOn() + ", more than " + maxAge
                    + " months before " + context.asOf(), "拍摄于" + m.takenOn() + "，早于" + context.asOf() + "前" + maxAge + "个月"));
        }
        if (m.background() != Background.WHITE) {
            reasons.add(new Reason("PHOTO_BACKGROUND_NOT_WHITE", "The background is not white", "照片不是白色背景"));
        }
        if (!yes(m.bareheaded())) {
            reasons.add(new Reason("PHOTO_NOT_BAREHEADED", "The applicant is not bareheaded", "照片不是免冠照"));
        }
        if (!yes(m.frontFacing())) {
            reasons.add(new Reason("PHOTO_NOT_FRONT_FACING", "The applicant is not facing the front", "照片不是正面照"));
        }
        if (m.size() != Size.TWO_INCH) {
            reasons.add(new Reason("PHOTO_NOT_TWO_INCH", "The photo is not 2-inch", "照片不是2寸"));
        }
        if (!yes(m.colour())) {
            reasons.add(new Reason("PHOTO_NOT_COLOUR", "The photo is not in colour", "照片不是彩色"));
        }
        return reasons;
    }
}
