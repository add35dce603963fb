"""API tokens: bearer header on HTTP; header, `?token=` or a subprotocol on the websocket.

Browsers cannot set headers on a websocket, so the page sends its token as the
subprotocol `openai-insecure-api-key.<token>` (the convention OpenAI's browser SDK uses)
or as `?token=`. Tokens are compared in constant time.
"""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request
from starlette.websockets import WebSocket

SUBPROTOCOL_PREFIX = "openai-insecure-api-key."


def check_token(candidate: str | None, tokens: list[str]) -> str | None:
    """The matching configured token, or None."""
    if not candidate:
        return None
    for token in tokens:
        if hmac.compare_digest(candidate.encode(), token.encode()):
            return token
    return None


def bearer(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, credential = value.partition(" ")
    return credential.strip() if scheme.lower() == "bearer" else None


class TokenAuth:
    """FastAPI dependency: 401 unless the request carries a configured bearer token."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens

    def __call__(self, request: Request) -> str:
        token = check_token(bearer(request.headers.get("authorization")), self.tokens)
        if token is None:
            raise HTTPException(
                status_code=401,
                detail={"message": "missing or invalid API token", "type": "invalid_request_error",
                        "code": "invalid_api_key"},
                headers={"WWW-Authenticate": "Bearer"},
            )
        return token


def websocket_token(websocket: WebSocket, tokens: list[str]) -> tuple[str | None, str | None]:
    """(matching token, subprotocol to echo back) from header, subprotocol or query string."""
    token = check_token(bearer(websocket.headers.get("authorization")), tokens)
    if token is not None:
        return token, None
    for protocol in websocket.scope.get("subprotocols") or []:
        if protocol.startswith(SUBPROTOCOL_PREFIX):
            token = check_token(protocol.removeprefix(SUBPROTOCOL_PREFIX), tokens)
            if token is not None:
                return token, protocol
    return check_token(websocket.query_params.get("token"), tokens), None
