-- The numbers of the file checks, dated like every rule parameter (changing one closes its row and adds one).
-- Public sources:
--  * A4 = 210 x 297 mm: ISO 216 and its Chinese equivalent GB/T 148-1997 (印刷、书写和绘图纸幅面尺寸); ISO 216
--    allows +-2 mm at this size, 3 mm here also absorbs the rounding of PDF points.
--  * 200 dpi at least for a scan: DA/T 31-2017 纸质档案数字化规范 (paper records digitisation, National Archives
--    Administration of China), which asks for not less than 200 dpi.
--  * The photo format 33 x 48 mm, white background: the National Immigration Administration's photo guide for
--    exit-entry documents (出入境证件相片照相指引). Its digital form at 300 to 600 dpi is 390 x 567 to 780 x 1134 px.
--  * File size 40 to 120 KB: the China Online Visa Application photo requirements, the nearest published bound
--    for a digital exit-entry photo (the procedure text names none).
--  * White and even (mean brightness >= 230 of 255, spread <= 16 at the borders), proportion tolerances and the
--    60-page bound per item are this service's choices (no source gives numbers); the README says so.
INSERT INTO rule_parameter VALUES
('A4_WIDTH_MM', '2016-01-01', NULL, 210, 'MM', 'PHOTOCOPY', 'A4 width (ISO 216, GB/T 148-1997)'),
('A4_HEIGHT_MM', '2016-01-01', NULL, 297, 'MM', 'PHOTOCOPY', 'A4 height (ISO 216, GB/T 148-1997)'),
('A4_TOLERANCE_MM', '2016-01-01', NULL, 3, 'MM', 'PHOTOCOPY', 'Tolerance on each side of a PDF page'),
('SCAN_MIN_DPI', '2016-01-01', NULL, 200, 'DPI', 'PHOTOCOPY', 'Least resolution of an image scan over an A4 page (DA/T 31-2017)'),
('SCAN_PROPORTION_TOLERANCE_PERMILLE', '2016-01-01', NULL, 30, 'PERMILLE', 'PHOTOCOPY', 'Tolerance on an image scan''s A4 proportions'),
('ITEM_MAX_PAGES', '2016-01-01', NULL, 60, 'COUNT', 'PHOTOCOPY', 'Pages at most in one item''s files'),
('PHOTO_WIDTH_MM', '2016-01-01', NULL, 33, 'MM', 'PHOTOS', 'Photo width (NIA exit-entry photo guide)'),
('PHOTO_HEIGHT_MM', '2016-01-01', NULL, 48, 'MM', 'PHOTOS', 'Photo height (NIA exit-entry photo guide)'),
('PHOTO_MIN_DPI', '2016-01-01', NULL, 300, 'DPI', 'PHOTOS', 'Least resolution of the digital photo at 33 x 48 mm'),
('PHOTO_MAX_DPI', '2016-01-01', NULL, 600, 'DPI', 'PHOTOS', 'Greatest resolution of the digital photo at 33 x 48 mm'),
('PHOTO_PROPORTION_TOLERANCE_PERMILLE', '2016-01-01', NULL, 20, 'PERMILLE', 'PHOTOS', 'Tolerance on the 33 : 48 proportions'),
('PHOTO_MIN_KB', '2016-01-01', NULL, 40, 'KB', 'PHOTOS', 'Least file size of the digital photo (COVA photo requirements)'),
('PHOTO_MAX_KB', '2016-01-01', NULL, 120, 'KB', 'PHOTOS', 'Greatest file size of the digital photo (COVA photo requirements)'),
('PHOTO_BACKGROUND_MIN_LUMA', '2016-01-01', NULL, 230, 'LUMA', 'PHOTOS', 'Least mean brightness (0-255) of the border strips: white'),
('PHOTO_BACKGROUND_MAX_SPREAD', '2016-01-01', NULL, 16, 'LUMA', 'PHOTOS', 'Greatest standard deviation of the border brightness: even');
