-- Why a subscription was disabled, in Chinese beside the English disabled_reason: the API answers in the caller's
-- language (Accept-Language). Subscriptions disabled before this column existed keep the English reason only.
ALTER TABLE subscription ADD COLUMN disabled_reason_zh TEXT;
