-- The materials of the procedure text, the Points for Attention and the rules' parameters, as dated data.
-- A row applies from effective_from up to and including effective_to (open when NULL); an officer changes a
-- rule by closing a row and adding a new one, so that an old dossier re-checked as of its date answers the same.
-- The baseline applies from 2016-01-01 (the procedure text carries no date; see README).

CREATE TABLE document_type (
    code           TEXT    NOT NULL,
    effective_from DATE    NOT NULL,
    effective_to   DATE,
    sort_order     INT     NOT NULL,
    name_en        TEXT    NOT NULL,
    name_zh        TEXT    NOT NULL,
    requirement_en TEXT    NOT NULL,
    requirement_zh TEXT    NOT NULL,
    -- the condition under which the item is on an applicant's checklist (AppliesWhen in the code)
    applies_when   TEXT    NOT NULL,
    -- a photocopy is submitted: A4, original reviewed
    photocopy      BOOLEAN NOT NULL,
    PRIMARY KEY (code, effective_from),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

INSERT INTO document_type VALUES
('PHOTOS', '2016-01-01', NULL, 10, 'Photos', '照片',
 '2 recently taken, white background, bareheaded, front-facing 2-inch colour photos and a digital photo on CD.',
 '近期白底免冠正面2寸彩色照片2张及电子照片（光盘提交）。', 'ALWAYS', FALSE),
('PASSPORT', '2016-01-01', NULL, 20, 'Foreign passport', '外国护照',
 'A photocopy of the valid foreign passport.', '有效外国护照复印件。', 'ALWAYS', TRUE),
('RESIDENCE_PERMITS', '2016-01-01', NULL, 30, 'Employment residence permits', '工作类居留许可',
 'Photocopies of the employment residence permits applied for in Beijing covering the past 4 years.',
 '近4年在北京申办的工作类居留许可复印件。', 'ALWAYS', TRUE),
('NO_CRIMINAL_RECORD', '2016-01-01', NULL, 40, 'Certificate of no criminal record', '无犯罪记录证明',
 'The certificate stating no criminal record in foreign countries, certified by the Chinese embassy or consulate.',
 '外国无犯罪记录证明，经中国驻外使领馆认证。', 'ALWAYS', FALSE),
('MEDICAL_CERTIFICATE', '2016-01-01', NULL, 50, 'Medical examination certificate', '健康证明',
 'A photocopy of the medical examination certificate from the health and quarantine department designated by the Chinese government (in Beijing: the General Administration of Customs (Beijing) International Travel Health Care Center) or from a foreign medical institution certified by the Chinese embassy or consulate, issued within 6 months before the date of acceptance.',
 '中国政府指定的卫生检疫部门（在北京为北京海关国际旅行卫生保健中心）或经中国驻外使领馆认证的外国医疗机构出具的健康证明复印件，须为受理申请之日前6个月内出具。', 'ALWAYS', TRUE),
('EMPLOYMENT_CERTIFICATE', '2016-01-01', NULL, 60, 'Employment certificate', '任职证明',
 'A certificate by the employer that the applicant has held the post of associate professor, associate researcher or above, or a position of equal treatment, for at least 4 years.',
 '工作单位出具的申请人担任副教授、副研究员以上职务或者享受同等待遇职务满4年的证明。', 'ALWAYS', FALSE),
('TAX_CERTIFICATES', '2016-01-01', NULL, 70, 'Individual tax payment certificates', '个人纳税证明',
 'Photocopies of the individual tax payment certificates issued by the tax authority covering the 4 consecutive years before the date of application.',
 '税务机关出具的申请之日前连续4年的个人纳税证明复印件。', 'ALWAYS', TRUE),
('PUBLIC_INSTITUTION_CERTIFICATE', '2016-01-01', NULL, 80, 'Legal Person Certificate for a Public Institution', '事业单位法人证书',
 'A photocopy of the employer''s Legal Person Certificate for a Public Institution.',
 '工作单位的事业单位法人证书复印件。', 'PUBLIC_INSTITUTION_EMPLOYER', TRUE),
('UNIVERSITY_APPROVAL', '2016-01-01', NULL, 90, 'Approval document of the institution', '院校批准文件',
 'A photocopy of the approval document showing the institution is a member of the 211 Project or of Beijing''s first batch of institutions for undergraduate admission.',
 '所在高等院校为211工程或北京市第一批本科招生院校的批准文件复印件。', 'KEY_UNIVERSITY_EMPLOYER', TRUE),
('WORK_PERMIT', '2016-01-01', NULL, 100, 'Work permit', '工作许可',
 'A photocopy of the Foreigner''s Work Permit, the Alien Employment Permit or the Foreign Expert Certificate, valid for the 4 consecutive years before the date of application; employer, position and personal details consistent with the employment certificate.',
 '外国人工作许可证、外国人就业证或外国专家证复印件，申请之日前连续4年有效；单位、职务及个人信息与任职证明一致。', 'ALWAYS', TRUE),
('FORMER_CITIZENSHIP_PROOF', '2016-01-01', NULL, 110, 'Proof of former Chinese citizenship', '原中国国籍证明',
 'A photocopy of the certificate of eligibility for foreign settlement, the naturalization paper or the household certificate transcript.',
 '批准出国定居证明、入籍证书或户籍证明的复印件。', 'FORMER_CHINESE_CITIZEN', TRUE),
('NATURALIZATION_CHINESE_PASSPORT', '2016-01-01', NULL, 120, 'Chinese passport used for naturalization', '入籍时使用的中国护照',
 'A photocopy of the Chinese passport used for naturalization.', '加入外国国籍时所持中国护照复印件。', 'FORMER_CHINESE_CITIZEN', TRUE),
('RESUME', '2016-01-01', NULL, 130, 'Resume', '个人履历',
 'The resume from the age of 18 until now, with consecutive years and months.',
 '自18周岁起至今的个人履历，年月须连续。', 'ALWAYS', FALSE);

CREATE TABLE attention_point (
    code           TEXT    NOT NULL,
    effective_from DATE    NOT NULL,
    effective_to   DATE,
    sort_order     INT     NOT NULL,
    text_en        TEXT    NOT NULL,
    text_zh        TEXT    NOT NULL,
    applies_when   TEXT    NOT NULL,
    -- a blocking condition: the applicant cannot apply while it holds
    blocking       BOOLEAN NOT NULL,
    PRIMARY KEY (code, effective_from),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

INSERT INTO attention_point VALUES
('CONSULAR_CERTIFICATION', '2016-01-01', NULL, 10,
 'Certificates issued by foreign institutions shall be certified by the Chinese embassy or consulate in that country.',
 '外国有关机构出具的证明须经中国驻该国使领馆认证。', 'ALWAYS', FALSE),
('TRANSLATION', '2016-01-01', NULL, 20,
 'Materials in a foreign language must be translated into Chinese, with the translation company''s official seal on the translation.',
 '外文材料须翻译成中文，并在译文上加盖翻译公司公章。', 'FOREIGN_LANGUAGE_DOCUMENTS', FALSE),
('ORIGINALS_AND_A4', '2016-01-01', NULL, 30,
 'The original must be reviewed before a photocopy is submitted; photocopies are A4.',
 '提交复印件须同时验看原件，复印件须为A4纸。', 'ALWAYS', FALSE),
('CHINESE_NAME_ON_CARD', '2016-01-01', NULL, 40,
 'To print the Chinese name on the Foreign Permanent Resident ID Card, state it clearly in the "Other Matters to be Explained" column of the application form.',
 '如需在外国人永久居留身份证上加注中文姓名，须在申请表“其他需要说明的事项”栏中注明。', 'WANTS_CHINESE_NAME', FALSE),
('HOUSEHOLD_REGISTRATION', '2016-01-01', NULL, 50,
 'An applicant who has not cancelled the household registration in China can apply only after cancelling it.',
 '未注销中国户籍的申请人，须注销户籍后方可申请。', 'HOLDS_HOUSEHOLD_REGISTRATION', TRUE);

CREATE TABLE rule_parameter (
    name           TEXT NOT NULL,
    effective_from DATE NOT NULL,
    effective_to   DATE,
    value          INT  NOT NULL CHECK (value >= 0),
    unit           TEXT NOT NULL,
    document_code  TEXT NOT NULL,
    description    TEXT NOT NULL,
    PRIMARY KEY (name, effective_from),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

INSERT INTO rule_parameter VALUES
('PRINTED_PHOTOS', '2016-01-01', NULL, 2, 'COUNT', 'PHOTOS', 'Printed photos required'),
('DIGITAL_PHOTOS', '2016-01-01', NULL, 1, 'COUNT', 'PHOTOS', 'Digital photos on CD required'),
('PHOTO_MAX_AGE_MONTHS', '2016-01-01', NULL, 6, 'MONTHS', 'PHOTOS', '"Recently taken": taken at most this many months before acceptance (the text gives no number)'),
('RESIDENCE_PERMIT_YEARS', '2016-01-01', NULL, 4, 'YEARS', 'RESIDENCE_PERMITS', 'Years before acceptance the Beijing employment residence permits cover'),
('MEDICAL_MAX_AGE_MONTHS', '2016-01-01', NULL, 6, 'MONTHS', 'MEDICAL_CERTIFICATE', 'Issued at most this many months before acceptance'),
('EMPLOYMENT_YEARS', '2016-01-01', NULL, 4, 'YEARS', 'EMPLOYMENT_CERTIFICATE', 'Years the qualifying post has been held'),
('TAX_YEARS', '2016-01-01', NULL, 4, 'YEARS', 'TAX_CERTIFICATES', 'Consecutive years of tax payment before application'),
('WORK_PERMIT_YEARS', '2016-01-01', NULL, 4, 'YEARS', 'WORK_PERMIT', 'Consecutive years of work permit validity before application'),
('RESUME_FROM_AGE', '2016-01-01', NULL, 18, 'YEARS', 'RESUME', 'Age from which the resume is consecutive');
