"""Command line: `assistant serve | models | version | assess | ask | kb | eval | sessions | bench`."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.table import Table

from assistant import __version__
from assistant.config import Settings

app = typer.Typer(help="Voice-first clinical assistant for primary care (offline, zh/en).", no_args_is_help=True)
console = Console()


@app.command()
def version() -> None:
    """Print the package version and the knowledge-base version."""
    from assistant.clinical.knowledge import knowledge_version

    settings = Settings()
    console.print(f"assistant {__version__} (knowledge {knowledge_version(settings.knowledge_base_dir)})")


@app.command()
def models(
    probe: bool = typer.Option(True, help="Run a short speed probe on each model."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Load every model of the embedded stack and report role, package, licence, size, load time, speed."""
    from rich.progress import Progress

    from assistant.model_stack import MODEL_SPECS, load_stack

    settings = Settings()
    statuses = []
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("loading models", total=len(MODEL_SPECS))
        for spec in MODEL_SPECS:
            progress.update(task, description=f"loading {spec.role}")
            statuses.extend(load_stack(settings, roles=[spec.role], probe=probe).statuses)
            progress.advance(task)
    if json_out:
        import json

        print(json.dumps([s.model_dump() for s in statuses], ensure_ascii=False, indent=2))
    else:
        table = Table(title="Embedded model stack")
        for column in ("role", "model", "package", "licence", "size MB", "load s", "speed", "loaded"):
            table.add_column(column)
        for s in statuses:
            table.add_row(
                s.role, s.name, s.package, s.licence,
                "" if s.size_mb is None else f"{s.size_mb:.1f}",
                "" if s.load_s is None else f"{s.load_s:.2f}",
                s.speed or (s.error or ""),
                "[green]yes[/green]" if s.loaded else "[red]NO[/red]",
            )
        console.print(table)
    failed = [s.role for s in statuses if s.required and not s.loaded]
    if failed:
        console.print(f"[red]required models failed: {', '.join(failed)}[/red]")
        raise typer.Exit(1)


@app.command()
def prepare() -> None:
    """Assemble split model files into the cache (checksum-verified) and build the knowledge index."""
    from assistant.speech import model_files

    settings = Settings()
    whisper = model_files.whisper_base_dir(settings.cache_dir, verify=True)
    console.print(f"whisper base: {whisper.path} ({'joined' if whisper.rebuilt else 'verified'})")
    gguf = model_files.gemma_gguf_path(settings.cache_dir / "gguf")
    console.print(f"gemma gguf: {gguf.path} ({'assembled' if gguf.rebuilt else 'present'})")
    from assistant.knowledge.index import index_status

    status = index_status(settings.knowledge_base_dir, settings.index_dir)
    if status.state == "fresh":
        console.print(f"knowledge index: up to date ({status.detail})")
    else:
        from assistant.knowledge.commands import kb_build

        console.print(f"knowledge index: {status.state} {status.detail}, building")
        kb_build(settings, console)


@app.command()
def serve(
    host: str = typer.Option(None, help="Bind address (default from ASSISTANT_HOST, 127.0.0.1)."),
    port: int = typer.Option(None, help="Port (default from ASSISTANT_PORT, 8000)."),
) -> None:
    """Run the HTTP/websocket service (web chat at /, APIs under /v1)."""
    import uvicorn

    from assistant.gateway.app import create_app

    settings = Settings()
    uvicorn.run(
        create_app(settings),
        host=host or settings.host,
        port=port or settings.port,
        log_level="info",
        # above the gateway's own limit: an oversize message gets an error event, not a dropped socket
        ws_max_size=settings.max_ws_message_bytes * 4,
    )


@app.command()
def assess(
    text: str = typer.Argument(None, help="Case text (zh/en); omit or '-' to read stdin."),
    lang: str = typer.Option("auto", "--lang", help="zh | en | auto (detected from the text)."),
) -> None:
    """Extract a case from text and print its Assessment (red flags, differential, triage) as JSON."""
    import json

    from assistant.clinical.engine import ClinicalEngine

    if lang not in ("zh", "en", "auto"):
        raise typer.BadParameter("--lang must be zh, en or auto")
    if text is None or text == "-":
        text = sys.stdin.read()
    if not text.strip():
        raise typer.BadParameter("no case text given")
    engine = ClinicalEngine(Settings().knowledge_base_dir)
    assessment = engine.assess_text(text, lang=lang)
    print(json.dumps(assessment.model_dump(mode="json"), ensure_ascii=False, indent=2))


@app.command()
def ask(
    question: str = typer.Argument(..., help="The doctor's question or case text (zh/en)."),
    case_text: str = typer.Option(None, "--case-text", help="Case description said before the question."),
    lang: str = typer.Option(None, "--lang", help="zh | en (default: the question's language)."),
) -> None:
    """One turn through the assistant's brain: streamed answer, citations, time to first sentence."""
    from assistant.answer.ask import ask as run_ask

    if lang not in (None, "zh", "en"):
        raise typer.BadParameter("--lang must be zh or en")
    run_ask(Settings(), console, question, case_text, lang)


kb_app = typer.Typer(help="Guideline knowledge base: build the index, search it, evaluate retrieval.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("build")
def kb_build_command() -> None:
    """Build or update the passage index (re-embeds only new or changed passages)."""
    from assistant.knowledge.commands import kb_build

    kb_build(Settings(), console)


@kb_app.command("search")
def kb_search_command(
    query: str = typer.Argument(..., help="Question or keywords (zh/en)."),
    k: int = typer.Option(5, "--k", help="How many passages."),
) -> None:
    """Ranked guideline passages for a query, with citation ids."""
    from assistant.knowledge.commands import kb_search

    kb_search(Settings(), console, query, k)


@kb_app.command("eval")
def kb_eval_command(
    folder: str = typer.Option(None, "--folder", help="Folder of *.jsonl retrieval cases (default eval/retrieval)."),
    misses: bool = typer.Option(False, "--misses", help="List the questions whose passage is not in the top 5."),
    json_out: str = typer.Option(None, "--json", help="Also write the metrics as JSON to this file."),
) -> None:
    """Recall@1, recall@5 and MRR of guideline retrieval, overall and by language."""
    from pathlib import Path

    from assistant.knowledge.commands import kb_eval

    kb_eval(Settings(), console, Path(folder) if folder else None, misses, Path(json_out) if json_out else None)


sessions_app = typer.Typer(help="Consultation records: list them, export one as JSON.", no_args_is_help=True)
app.add_typer(sessions_app, name="sessions")


@sessions_app.command("list")
def sessions_list(limit: int = typer.Option(50, help="How many, most recent first.")) -> None:
    """List recorded consultations (id, channel, language, turns, last update)."""
    from assistant.gateway.records import RecordStore

    settings = Settings()
    store = RecordStore(settings.resolved_database_url)
    table = Table(title=f"Consultations ({settings.resolved_database_url.split('://')[0]})")
    for column in ("id", "channel", "lang", "turns", "created", "updated"):
        table.add_column(column)
    for row in store.list(limit=limit):
        table.add_row(row.id, row.channel, row.lang or "", str(row.turns),
                      row.created_at.strftime("%Y-%m-%d %H:%M:%S"), row.updated_at.strftime("%Y-%m-%d %H:%M:%S"))
    console.print(table)
    store.close()


@sessions_app.command("export")
def sessions_export(session_id: str = typer.Argument(..., help="Consultation id (see `assistant sessions list`).")) -> None:
    """Print one consultation (transcript, case snapshots, assessments, latencies) as JSON."""
    from assistant.gateway.records import RecordStore, export_json

    settings = Settings()
    store = RecordStore(settings.resolved_database_url)
    export = store.export(session_id)
    store.close()
    if export is None:
        console.print(f"[red]no consultation {session_id}[/red]")
        raise typer.Exit(1)
    print(export_json(export))


from assistant.evaluation.command import eval_app  # noqa: E402 - light: heavy imports live inside the commands

app.add_typer(eval_app, name="eval")


def main() -> None:  # pragma: no cover - console entry
    app(prog_name="assistant")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
