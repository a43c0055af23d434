-- Every text a person reads, in English and Chinese.
--
-- Hall addresses: the procedure text gives them in English (pinyin) only. The Chinese addresses below are those
-- pinyin addresses written in Chinese characters (district, street, building numbers as the text gives them; "Jia"
-- is 甲); they are not taken from a Chinese-language source and an officer corrects them by a new migration.
ALTER TABLE hall ADD COLUMN address_zh TEXT;

UPDATE hall SET address_zh = '北京市东城区安定门东大街2号（二环路北小街桥东南角）' WHERE id = 'beijing-reception-hall';
UPDATE hall SET address_zh = '北京市海淀区双榆树北里甲22号' WHERE id = 'zhongguancun-center';
UPDATE hall SET address_zh = '北京市朝阳区酒仙桥北路甲10号电子城IT产业园304号楼1层、2层' WHERE id = 'chaoyang-center';
UPDATE hall SET address_zh = '北京市顺义区天竺东路甲3号办公楼1层、2层' WHERE id = 'shunyi-center';
UPDATE hall SET address_zh = '北京市通州区玉带河西街67号1-2号楼' WHERE id = 'tongzhou-center';
UPDATE hall SET address_zh = '北京市石景山区古城南里甲3号' WHERE id = 'shijingshan-center';

ALTER TABLE hall ALTER COLUMN address_zh SET NOT NULL;

-- The State Council's holiday names (Chinese, as the holiday-cn files give them) with their usual English names.
-- A name missing here is shown in Chinese in both languages.
CREATE TABLE holiday_name (
    name_zh TEXT PRIMARY KEY,
    name_en TEXT NOT NULL
);

INSERT INTO holiday_name (name_zh, name_en) VALUES
('元旦', 'New Year''s Day'),
('春节', 'Spring Festival'),
('清明节', 'Qingming Festival'),
('劳动节', 'Labour Day'),
('端午节', 'Dragon Boat Festival'),
('中秋节', 'Mid-Autumn Festival'),
('国庆节', 'National Day'),
('国庆节、中秋节', 'National Day and Mid-Autumn Festival');
