package cn.zgc.residence.documents.domain;

/**
 * The conditions under which a catalogue item or a Point for Attention applies; the catalogue rows name one each.
 * Each says whether it holds for an applicant and why, in English and Chinese.
 */
public enum AppliesWhen {
    ALWAYS {
        @Override
        public boolean holds(ApplicantFacts facts) {
            return true;
        }

        @Override
        public Reason reason(ApplicantFacts facts) {
            return new Reason("ALWAYS", "Required of every applicant", "所有申请人均须提供");
        }
    },
    PUBLIC_INSTITUTION_EMPLOYER {
        @Override
        public boolean holds(ApplicantFacts facts) {
            return facts.employerKind() == EmployerKind.PUBLIC_INSTITUTION
                    || facts.employerKind() == EmployerKind.HIGHER_EDUCATION_INSTITUTION;
        }

        @Override
        public Reason reason(ApplicantFacts facts) {
            return new Reason("PUBLIC_INSTITUTION_EMPLOYER", "The employer is a public institution",
                    "工作单位为事业单位");
        }
    },
    KEY_UNIVERSITY_EMPLOYER {
        @Override
        public boolean holds(ApplicantFacts facts) {
            return facts.employerKind() == EmployerKind.HIGHER_EDUCATION_INSTITUTION && facts.keyUniversity();
        }

        @Override
        public Reason reason(ApplicantFacts facts) {
            return new Reason("KEY_UNIVERSITY_EMPLOYER",
                    "The employer is an institution of higher learning in the 211 Project or Beijing's first batch",
                    "工作单位为211工程或北京市第一批本科招生高等院校");
        }
    },
    FORMER_CHINESE_CITIZEN {
        @Override
        public boolean holds(ApplicantFacts facts) {
            return facts.formerChineseCitizen();
        }

        @Override
        public Reason reason(ApplicantFacts facts) {
            return new Reason("FORMER_CHINESE_CITIZEN", "The applicant previously held Chinese citizenship",
                    "申请人曾具有中国国籍");
        }
    },
    FOREIGN_LANGUAGE_DOCUMENTS {
        @Override
        public boolean holds(ApplicantFacts facts) {
            return facts.hasForeignLanguageDocuments();
        }

        @Override
        public Reason reason(ApplicantFacts facts) {
            return facts.documentLanguages().isEmpty()
                    ? new Reason("FOREIGN_LANGUAGE_DOCUMENTS",
                            "The languages of the documents are not known: applies to every document not in Chinese",
                            "未提供材料语种：适用于所有非中文材料")
                    : new Reason("FOREIGN_LANGUAGE_DOCUMENTS", "Some documents are in a foreign language: "
                            + String.join(", ", facts.documentLanguages()),
                            "部分材料为外文：" + String.join("、", facts.documentLanguages()));
        }
    },
    WANTS_CHINESE_NAME {
        @Override
        public boolean holds(ApplicantFacts facts) {
            return facts.wantsChineseNameOnCard();
        }

        @Override
        public Reason reason(ApplicantFacts facts) {
            return new Reason("WANTS_CHINESE_NAME", "The applicant wants the Chinese name printed on the card",
                    "申请人需在证件上加注中文姓名");
        }
    },
    HOLDS_HOUSEHOLD_REGISTRATION {
        @Override
        public boolean holds(ApplicantFacts facts) {
            return facts.holdsChineseHouseholdRegistration();
        }

        @Override
        public Reason reason(ApplicantFacts facts) {
            return new Reason("HOLDS_HOUSEHOLD_REGISTRATION",
                    "The applicant still holds a household registration in China", "申请人尚未注销中国户籍");
        }
    };

    public abstract boolean holds(ApplicantFacts facts);

    public abstract Reason reason(ApplicantFacts facts);
}
