package cn.zgc.residence.documents.api;

import java.util.List;

/** One material of the catalogue, with the rule parameters that apply to it on the date asked. */
public record DocumentTypeView(String code, String name, String requirement, String appliesWhen, boolean photocopy,
        List<Parameter> parameters) {

    public record Parameter(String name, int value, String unit, String description) {
    }
}
