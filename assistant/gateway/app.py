"""FastAPI application factory: HTTP APIs, the realtime websocket and the web page.

    app = create_app(settings)                      # loads models at start-up (background)
    app = create_app(settings, load_models=False)   # no speech models (text APIs only)

Everything the app needs lives in one `Services` object on `app.state.services`;
nothing is process-global, so several apps can live in one process (tests do this).
"""

from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from assistant import __version__
from assistant.config import Settings
from assistant.gateway import clinical_api, openai_api, realtime_ws
from assistant.gateway.auth import TokenAuth
from assistant.gateway.logs import configure_logging
from assistant.gateway.metrics import CONTENT_TYPE
from assistant.gateway.services import Services

STATIC_DIR = Path(__file__).parent / "static"


def _error_body(message: str, code: str, kind: str = "invalid_request_error") -> dict:
    return {"error": {"message": message, "type": kind, "code": code, "param": None}}


def create_app(settings: Settings | None = None, load_models: bool = True) -> FastAPI:
    settings = settings or Settings()
    services = Services(settings, load_models=load_models)
    auth = TokenAuth(settings.api_tokens)
    configure_logging()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        loader = asyncio.create_task(services.start())
        yield
        loader.cancel()
        services.close()

    app = FastAPI(
        title="Clinical assistant",
        version=__version__,
        lifespan=lifespan,
        description="Voice-first clinical decision support for primary care. See docs/api.md.",
    )
    app.state.services = services

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, error: HTTPException) -> JSONResponse:
        detail = error.detail
        if isinstance(detail, dict) and "message" in detail:
            body = {"error": {"param": None, **detail}}
        else:
            body = _error_body(str(detail), f"http_{error.status_code}")
        return JSONResponse(body, status_code=error.status_code, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in error.errors()[:5]
        )
        return JSONResponse(_error_body(f"invalid request: {problems}"[:2000], "invalid_request"), status_code=400)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, error: Exception) -> JSONResponse:
        services.log.error("http.unhandled", error=type(error).__name__)
        return JSONResponse(_error_body("internal error", "server_error", "server_error"), status_code=500)

    @app.middleware("http")
    async def count_requests(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        name = getattr(route, "path", "unmatched")
        services.metrics.requests.labels(name, str(response.status_code)).inc()
        services.metrics.request_seconds.labels(name).observe(time.perf_counter() - started)
        return response

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict:
        return {"version": __version__, **services.health()}

    @app.get("/metrics", tags=["health"])
    async def metrics(_: str = Depends(auth)) -> Response:
        return Response(services.metrics.render(), media_type=CONTENT_TYPE)

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    app.include_router(openai_api.build_router(services, auth))
    app.include_router(clinical_api.build_router(services, auth))
    app.include_router(realtime_ws.build_router(services))
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
