"""Prometheus metrics, one CollectorRegistry per app (no process-global state)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "assistant_http_requests_total", "HTTP requests", ["route", "status"], registry=self.registry
        )
        self.request_seconds = Histogram(
            "assistant_http_request_seconds", "HTTP request duration", ["route"], registry=self.registry
        )
        self.turns = Counter("assistant_turns_total", "Answered turns", ["channel"], registry=self.registry)
        self.first_text_seconds = Histogram(
            "assistant_first_text_seconds", "Time from question to first answer text", ["channel"],
            registry=self.registry, buckets=(0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10),
        )
        self.realtime_sessions = Gauge(
            "assistant_realtime_sessions", "Open realtime websocket sessions", registry=self.registry
        )
        self.realtime_errors = Counter(
            "assistant_realtime_errors_total", "Error events sent on the realtime websocket", ["code"],
            registry=self.registry,
        )
        self.red_flags = Counter(
            "assistant_red_flags_total", "Red flags raised in assessments", ["severity"], registry=self.registry
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
