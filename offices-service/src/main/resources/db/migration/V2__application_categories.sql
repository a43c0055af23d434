-- Application categories and which hall takes which, as the procedure text lists them.
CREATE TABLE application_category (
    code       TEXT PRIMARY KEY,
    name_en    TEXT NOT NULL,
    name_zh    TEXT NOT NULL,
    sort_order INT  NOT NULL
);

INSERT INTO application_category (code, name_en, name_zh, sort_order) VALUES
('PERMANENT_RESIDENCE', 'Permanent residence', '外国人永久居留', 1),
('RESIDENCE_PERMIT_EMPLOYMENT', 'Residence permit for employment', '工作类居留许可', 2),
('RESIDENCE_PERMIT_STUDY', 'Residence permit for international study', '学习类居留许可', 3),
('RESIDENCE_PERMIT_FAMILY_REUNION', 'Residence permit for family reunion', '团聚类居留许可', 4),
('RESIDENCE_PERMIT_PRIVATE_BUSINESS', 'Residence permit for private business', '私人事务类居留许可', 5);

-- condition NONE: every applicant; DEMONSTRATING_ENTITY_IN_HALL_DISTRICT: condition (a), a foreign employee of a
-- demonstrating entity or enterprise in the hall's own district who meets the 10 and the 20 immigration policies.
CREATE TABLE hall_acceptance (
    hall_id   TEXT NOT NULL REFERENCES hall (id),
    category  TEXT NOT NULL REFERENCES application_category (code),
    condition TEXT NOT NULL CHECK (condition IN ('NONE', 'DEMONSTRATING_ENTITY_IN_HALL_DISTRICT')),
    PRIMARY KEY (hall_id, category)
);

-- The bureau's reception hall and the Zhongguancun centre take every category.
INSERT INTO hall_acceptance (hall_id, category, condition)
SELECT h.id, c.code, 'NONE'
FROM hall h CROSS JOIN application_category c
WHERE h.id IN ('beijing-reception-hall', 'zhongguancun-center');

-- (b) residence permits of employment, international study, family reunion and private business: the four others.
INSERT INTO hall_acceptance (hall_id, category, condition)
SELECT h.id, c.code, 'NONE'
FROM hall h CROSS JOIN application_category c
WHERE h.id IN ('chaoyang-center', 'shunyi-center', 'tongzhou-center', 'shijingshan-center')
  AND c.code LIKE 'RESIDENCE_PERMIT_%';

-- (a) Chaoyang and Shunyi: permanent residence only for employees of demonstrating entities in their own district.
INSERT INTO hall_acceptance (hall_id, category, condition) VALUES
('chaoyang-center', 'PERMANENT_RESIDENCE', 'DEMONSTRATING_ENTITY_IN_HALL_DISTRICT'),
('shunyi-center', 'PERMANENT_RESIDENCE', 'DEMONSTRATING_ENTITY_IN_HALL_DISTRICT');
