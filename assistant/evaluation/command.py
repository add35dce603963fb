"""The `assistant eval` command group (mounted by assistant/cli.py).

    assistant eval CASES.jsonl [...] --out DIR [--mode assess|answer|audio] [--workers N]
    assistant eval compare OLD_DIR NEW_DIR
    assistant eval ddxplus [--source DIR] [--out eval/ddxplus/cases.jsonl]

`assistant eval CASES...` is shorthand for `assistant eval run CASES...`. Heavy modules
are imported inside the commands so `assistant --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path

import click
import typer
from rich.console import Console
from typer.core import TyperGroup

from assistant.config import PROJECT_ROOT

console = Console(stderr=True)


class _DefaultRun(TyperGroup):
    """Routes `eval FILE...` (no subcommand name) to `eval run FILE...`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(cls=_DefaultRun, help="Batch evaluation against curated case sets.", no_args_is_help=True)


@eval_app.command("run")
def run(
    cases: list[Path] = typer.Argument(..., help="Case files (JSONL)."),
    out: Path = typer.Option(..., "--out", help="Output folder (metrics.json, cases.jsonl, report.html, report.md)."),
    mode: str = typer.Option("assess", "--mode", help="assess | answer | audio"),
    workers: int = typer.Option(1, "--workers", min=1, help="Parallel worker processes."),
    limit: int = typer.Option(0, "--limit", min=0, help="Only the first N cases (0 = all)."),
    speech_cache: Path = typer.Option(None, "--speech-cache", help="Audio mode: where synthesized speech is cached."),
) -> None:
    """Run case files through the assistant and write metrics and reports."""
    import time

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from assistant.config import Settings
    from assistant.evaluation.cases import load_cases
    from assistant.evaluation.predictors import MODES
    from assistant.evaluation.runner import make_info, run_cases, write_outputs

    if mode not in MODES:
        raise typer.BadParameter(f"mode must be one of {', '.join(MODES)}", param_hint="--mode")
    settings = Settings()
    started = time.time()
    loaded = load_cases(cases)
    for problem in loaded.problems:
        console.print(f"[yellow]skipped[/yellow] {problem}")
    selected = loaded.cases[:limit] if limit else loaded.cases
    if not selected:
        console.print("[red]no valid cases to run[/red]")
        raise typer.Exit(1)
    passed = 0
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[passed]} pass"),
        TimeElapsedColumn(), TimeRemainingColumn(), console=console,
    ) as progress:
        task = progress.add_task(f"eval {mode}", total=len(selected), passed=0)

        def tick(result) -> None:  # noqa: ANN001
            nonlocal passed
            passed += result.passed
            progress.update(task, advance=1, passed=passed)

        results = run_cases(selected, mode, settings, workers=workers, cache_dir=speech_cache, on_result=tick)
    metrics = write_outputs(out, results, make_info(mode, cases, workers, started, loaded.problems, settings))
    _print_summary(metrics)
    console.print(f"wrote {out / 'metrics.json'}, {out / 'cases.jsonl'}, {out / 'report.html'}, {out / 'report.md'}")


def _print_summary(metrics: dict) -> None:
    from rich.table import Table

    from assistant.evaluation.report import fmt, headline

    table = Table(title=f"eval ({metrics['mode']})")
    scopes = [("all", metrics)] + list(metrics.get("by_lang", {}).items())
    table.add_column("measure")
    for name, _ in scopes:
        table.add_column(name, justify="right")
    for key, label, kind in headline(metrics["mode"]):
        if any(part.get(key) is not None for _, part in scopes):
            table.add_row(label, *(fmt(part.get(key), kind) for _, part in scopes))
    Console().print(table)


@eval_app.command("compare")
def compare(
    old_dir: Path = typer.Argument(..., exists=True, file_okay=False),
    new_dir: Path = typer.Argument(..., exists=True, file_okay=False),
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of Markdown."),
) -> None:
    """Metric deltas between two eval runs, and the cases that got worse."""
    from assistant.evaluation.compare import compare_dirs, render_comparison

    comparison = compare_dirs(old_dir, new_dir)
    print(comparison.model_dump_json(indent=2) if json_out else render_comparison(comparison), end="")


@eval_app.command("ddxplus")
def ddxplus(
    source: Path = typer.Option(PROJECT_ROOT.parent / "shared" / "data" / "ddxplus", "--source", exists=True, file_okay=False),
    out: Path = typer.Option(PROJECT_ROOT / "eval" / "ddxplus" / "cases.jsonl", "--out"),
) -> None:
    """Convert the DDXPlus test patients (CC-BY 4.0) into the eval case format."""
    from assistant.evaluation.ddxplus import convert

    summary = convert(source, out)
    console.print(f"wrote {summary.cases} cases to {out} ({summary.skipped} skipped)")
    for name, n in sorted(summary.by_condition.items()):
        console.print(f"  {n:5d}  {name}")
