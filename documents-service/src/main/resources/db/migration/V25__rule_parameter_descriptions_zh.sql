-- Every rule parameter's description in Chinese as well (the catalogue answers in the caller's language).
ALTER TABLE rule_parameter ADD COLUMN description_zh TEXT;

UPDATE rule_parameter SET description_zh = CASE name
    WHEN 'PRINTED_PHOTOS' THEN '须提交的纸质照片张数'
    WHEN 'DIGITAL_PHOTOS' THEN '须提交的光盘数码照片张数'
    WHEN 'PHOTO_MAX_AGE_MONTHS' THEN '“近期”照片：拍摄时间距受理日期不超过的月数（原文未给出数字）'
    WHEN 'RESIDENCE_PERMIT_YEARS' THEN '北京工作类居留许可须覆盖受理日期前的年数'
    WHEN 'MEDICAL_MAX_AGE_MONTHS' THEN '出具时间距受理日期不超过的月数'
    WHEN 'EMPLOYMENT_YEARS' THEN '担任符合条件职务的年数'
    WHEN 'TAX_YEARS' THEN '申请前连续纳税的年数'
    WHEN 'WORK_PERMIT_YEARS' THEN '申请前工作许可连续有效的年数'
    WHEN 'RESUME_FROM_AGE' THEN '简历须自该年龄起连续'
    WHEN 'A4_WIDTH_MM' THEN 'A4 宽度（ISO 216，GB/T 148-1997）'
    WHEN 'A4_HEIGHT_MM' THEN 'A4 高度（ISO 216，GB/T 148-1997）'
    WHEN 'A4_TOLERANCE_MM' THEN 'PDF 页面每边允许的误差'
    WHEN 'SCAN_MIN_DPI' THEN '按 A4 页面计的扫描图像最低分辨率（DA/T 31-2017）'
    WHEN 'SCAN_PROPORTION_TOLERANCE_PERMILLE' THEN '扫描图像 A4 比例允许的误差'
    WHEN 'ITEM_MAX_PAGES' THEN '一项材料的文件最多页数'
    WHEN 'PHOTO_WIDTH_MM' THEN '照片宽度（国家移民管理局出入境证件照片指引）'
    WHEN 'PHOTO_HEIGHT_MM' THEN '照片高度（国家移民管理局出入境证件照片指引）'
    WHEN 'PHOTO_MIN_DPI' THEN '数码照片按 33 x 48 毫米计的最低分辨率'
    WHEN 'PHOTO_MAX_DPI' THEN '数码照片按 33 x 48 毫米计的最高分辨率'
    WHEN 'PHOTO_PROPORTION_TOLERANCE_PERMILLE' THEN '33 : 48 比例允许的误差'
    WHEN 'PHOTO_MIN_KB' THEN '数码照片的最小文件大小（中国领事服务网照片要求）'
    WHEN 'PHOTO_MAX_KB' THEN '数码照片的最大文件大小（中国领事服务网照片要求）'
    WHEN 'PHOTO_BACKGROUND_MIN_LUMA' THEN '边缘条带的最低平均亮度（0-255）：白色'
    WHEN 'PHOTO_BACKGROUND_MAX_SPREAD' THEN '边缘亮度的最大标准差：均匀'
END;

-- a parameter without a Chinese description yet (an officer's later version) shows its English one
UPDATE rule_parameter SET description_zh = description WHERE description_zh IS NULL;
ALTER TABLE rule_parameter ALTER COLUMN description_zh SET NOT NULL;
