-- The W3C traceparent of the request that recorded the event (null when tracing is off): the relay publishes the
-- event as part of that trace. Common's migrations are numbered 0.x and may arrive after a service's own (out of order).
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS traceparent TEXT;
