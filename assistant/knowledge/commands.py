"""What the `assistant kb build | search | eval` commands do (rendering included); the CLI
module only declares them."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from assistant.config import PROJECT_ROOT, Settings
from assistant.knowledge.index import BuildReport, build_index


def kb_build(settings: Settings, console: Console) -> BuildReport:
    from assistant.model_stack import load_embedder

    embedder = load_embedder(settings)
    columns = (TextColumn("embedding passages"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("embed", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=max(total, 1))

        report = build_index(settings.knowledge_base_dir, settings.index_dir, embedder, progress=advance)
    console.print(
        f"index: {report.total} passages — {report.embedded} embedded, {report.reused} reused, "
        f"{report.removed} removed — {report.seconds:.1f} s → {settings.index_dir}"
    )
    return report


def kb_search(settings: Settings, console: Console, query: str, k: int) -> None:
    from assistant.knowledge.retriever import HybridRetriever
    from assistant.model_stack import load_embedder

    retriever = HybridRetriever.load(settings.knowledge_base_dir, settings.index_dir, load_embedder(settings))
    result = retriever.search(query, k=k)
    if result.expansion:
        console.print(f"[dim]expanded with: {', '.join(result.expansion)}[/dim]")
    if not result.covered:
        console.print("[yellow]weak match: the knowledge base may not cover this question[/yellow]")
    for hit in result.hits:
        p = hit.passage
        console.print(
            f"[bold]{hit.rank}. [{p.id}][/bold] {p.title} — {p.section} "
            f"[dim]({p.issuer}, {p.year}; rrf {hit.score:.4f}, dense {hit.dense:.3f}, bm25 {hit.bm25:.2f})[/dim]"
        )
        snippet = p.text if len(p.text) <= 240 else p.text[:240] + "…"
        console.print(f"   {snippet}")


def kb_eval(settings: Settings, console: Console, folder: Path | None, show_misses: bool, json_out: Path | None) -> float:
    from assistant.knowledge.evaluate import evaluate, load_cases
    from assistant.knowledge.retriever import HybridRetriever
    from assistant.model_stack import load_embedder

    cases = load_cases(folder or PROJECT_ROOT / "eval" / "retrieval")
    retriever = HybridRetriever.load(settings.knowledge_base_dir, settings.index_dir, load_embedder(settings))
    with Progress(TextColumn("retrieval eval"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console) as progress:
        task = progress.add_task("eval", total=len(cases))
        report = evaluate(retriever, cases, progress=lambda n: progress.advance(task, n))
    table = Table(title="Guideline retrieval")
    for column in ("set", "n", "recall@1", "recall@5", "MRR@10"):
        table.add_column(column)
    rows = [("all", report.overall)] + list(report.by_language.items())
    for name, m in rows:
        table.add_row(name, str(m.n), f"{m.recall_at_1:.3f}", f"{m.recall_at_5:.3f}", f"{m.mrr:.3f}")
    console.print(table)
    if show_misses:
        for miss in report.misses:
            console.print(f"[red]miss[/red] {miss.case.id} {miss.case.question} → expected {miss.case.expected}, got {miss.top[:3]}")
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(report.model_dump(exclude={"results"}), indent=2), encoding="utf-8")
    return report.overall.recall_at_5
