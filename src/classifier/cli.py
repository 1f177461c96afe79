"""The ``client-classifier`` command line: thin commands over the library.

The library logs; this module prints. Every command exits non-zero with a clear message on error.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from classifier.config import ConfigError, ModelConfig, load_config
from classifier.dataset import DataValidationError, read_labeled_csvs
from classifier.feedback import FeedbackError
from classifier.reading import EmailReadError, read_eml, read_text
from classifier.registry import ModelError, ModelRegistry
from classifier.settings import Settings, get_settings

if TYPE_CHECKING:
    from classifier.feedback import FeedbackStore
    from classifier.owner import OwnerStore
    from classifier.prediction import ClientClassifier
    from classifier.profile import TimelineItem

app = typer.Typer(
    help="Tell which type of client wrote an e-mail.", no_args_is_help=True, add_completion=False
)
models_app = typer.Typer(
    help="List trained model versions and choose the current one.", no_args_is_help=True
)
data_app = typer.Typer(
    help="Build, check and audit the repository's labeled corpus.", no_args_is_help=True
)
app.add_typer(models_app, name="models")
app.add_typer(data_app, name="data")
feedback_app = typer.Typer(
    help="Export, purge or delete people's corrections.", no_args_is_help=True
)
app.add_typer(feedback_app, name="feedback")

# A flag takes no value: an empty metavar keeps typer's help from showing "<bool>" beside it.
FLAG = ""
console = Console()
err = Console(stderr=True)

ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="Model config TOML (default: settings).")
]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print an error and give the exit to raise (the CLI prints; the library logs)."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@app.callback()
def main(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log progress details.", metavar=FLAG)
    ] = False,
) -> None:
    """Tell which type of client wrote an e-mail, and suggest calm replies."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def current_settings() -> Settings:
    """The settings of this run, from the CLIENT_CLASSIFIER_* environment."""
    return get_settings()


def _config(path: Path | None) -> tuple[ModelConfig, Path]:
    settings = current_settings()
    config_path = path or settings.resolve(settings.config_path)
    try:
        return load_config(config_path), config_path
    except ConfigError as exc:
        raise fail(str(exc)) from exc


def model_registry() -> ModelRegistry:
    """The model registry the settings point to."""
    settings = current_settings()
    return ModelRegistry(settings.resolve(settings.models_dir), signing_key=settings.signing_key())


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn the library's expected errors into messages and exit codes."""
    try:
        yield
    except DataValidationError as exc:
        err.print(
            f"[bold red]error:[/] {len(exc.problems)} problem(s) in the input, nothing was done:"
        )
        for problem in exc.problems[:200]:
            err.print(f"  {problem}", highlight=False, markup=False, soft_wrap=True)
        if len(exc.problems) > 200:
            err.print(f"  ... and {len(exc.problems) - 200} more")
        raise typer.Exit(2) from exc
    except (ModelError, EmailReadError, ConfigError, FeedbackError) as exc:
        raise fail(str(exc)) from exc
    except OSError as exc:
        raise fail(f"{exc.strerror or exc}: {exc.filename or ''}") from exc


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),  # "12/?" while the total is unknown, never "12/None"
        TimeElapsedColumn(),
        console=err,
        transient=False,
    )


def _loaded_classifier(version: str | None) -> ClientClassifier:
    from classifier.prediction import load_model

    return load_model(current_settings(), version)


@app.command()
def train(
    data: Annotated[
        list[Path], typer.Option("--data", help="Labeled CSV; repeat for several files.")
    ],
    config: ConfigOption = None,
    cv: Annotated[
        bool,
        typer.Option(
            "--cv/--no-cv", help="Compute grouped cross-validated metrics first.", metavar=FLAG
        ),
    ] = True,
) -> None:
    """Train a new model from labeled CSVs and make it the current version."""
    from classifier.training import TrainingError, train_and_save

    model_config, config_path = _config(config)
    registry = model_registry()
    with reported_errors(), _progress() as bar:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        try:
            version, result = train_and_save(
                data,
                config=model_config,
                config_path=config_path,
                registry=registry,
                cross_validate=cv,
                n_jobs=current_settings().n_jobs,
                progress=progress,
            )
        except TrainingError as exc:
            raise fail(f"training failed, the current model is unchanged: {exc}") from exc
    console.print(
        f"[green]trained[/] model [bold]{version}[/] on {result.data['rows']} rows "
        f"in {result.seconds:.1f}s; it is now current."
    )
    follow = current_settings().follow_current_s
    console.print(
        f"a running service switches to it within {follow:g} s (it follows models/CURRENT)"
        if follow
        else "a running service keeps its model until POST /v1/admin/reload or a restart"
    )
    for target, m in result.metrics.items():
        per_lang = ", ".join(
            f"{k} {v['macro_f1']:.3f}" for k, v in m.get("per_language", {}).items()
        )
        console.print(
            f"  {target}: grouped-CV macro-F1 {m['macro_f1']:.3f} ({per_lang}), ECE {m['ece']:.3f}"
        )


@app.command()
def evaluate(
    data: Annotated[Path, typer.Option("--data", help="Labeled CSV to score the model on.")],
    model: Annotated[
        str | None, typer.Option("--model", help="Model version (default: current).")
    ] = None,
    reports: Annotated[Path | None, typer.Option("--reports", help="Report directory.")] = None,
) -> None:
    """Score a model on a labeled CSV; write a markdown/JSON report and a confusion-matrix PNG."""
    from classifier.evaluation import evaluate_file

    settings = current_settings()
    model_config, _ = _config(None)
    with reported_errors():
        classifier = _loaded_classifier(model)
        metrics, paths = evaluate_file(
            data,
            model=classifier,
            reports_dir=reports or settings.resolve(settings.reports_dir),
            bins=model_config.evaluation.ece_bins,
        )
    console.print(
        f"macro-F1 [bold]{metrics['macro_f1']:.3f}[/], accuracy {metrics['accuracy']:.3f}, "
        f"ECE {metrics['ece']:.3f} on {metrics['n']} messages"
    )
    table = Table("label", "precision", "recall", "F1", "support")
    for label, m in metrics["per_class"].items():
        table.add_row(
            label,
            f"{m['precision']:.3f}",
            f"{m['recall']:.3f}",
            f"{m['f1']:.3f}",
            str(m["support"]),
        )
    console.print(table)
    for lang, m in metrics.get("per_language", {}).items():
        console.print(f"  {lang}: macro-F1 {m['macro_f1']:.3f}, ECE {m['ece']:.3f} (n={m['n']})")
    for register, m in metrics.get("per_register", {}).items():
        console.print(
            f"  register {register}: macro-F1 {m['macro_f1']:.3f}, ECE {m['ece']:.3f} (n={m['n']})"
        )
    console.print(f"report: {paths.markdown}\nconfusion matrix: {paths.confusion_png}")


@app.command()
def predict(
    input: Annotated[Path | None, typer.Option("--input", help="CSV with a text column.")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", help="Where to write the CSV with predictions.")
    ] = None,
    text: Annotated[str | None, typer.Option("--text", help="Classify this text.")] = None,
    eml: Annotated[Path | None, typer.Option("--eml", help="Classify a raw .eml file.")] = None,
    subject: Annotated[str, typer.Option("--subject", help="Subject for --text.")] = "",
    model: Annotated[
        str | None, typer.Option("--model", help="Model version (default: current).")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON (for --text / --eml).", metavar=FLAG)
    ] = False,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="Rows per chunk for --input.")
    ] = 1000,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="Where --input is scored: local (this process) or dask (a Dask cluster).",
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address (tcp://host:8786); default: a local cluster.",
        ),
    ] = None,
    dask_workers: Annotated[
        int, typer.Option("--dask-workers", min=1, help="Processes of the local Dask cluster.")
    ] = 2,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel",
            help="Start the --output CSV with a UTF-8 byte-order mark, so Excel shows Hebrew.",
            metavar=FLAG,
        ),
    ] = False,
) -> None:
    """Classify a CSV file (--input/--output), one text (--text) or one e-mail file (--eml)."""
    from classifier.batch import dask_engine, local_engine, predict_csv
    from classifier.respond import respond, to_dict

    chosen = [x for x in (input, text, eml) if x is not None]
    if len(chosen) != 1:
        raise fail("give exactly one of --input, --text or --eml")
    if input is not None and output is None:
        raise fail("--input needs --output")
    if engine not in ("local", "dask"):
        raise fail(f"--engine is local or dask, not {engine!r}")
    if engine == "dask":
        try:
            import dask.distributed  # noqa: F401
        except ImportError as exc:
            raise fail(
                "--engine dask needs Dask: pip install 'client-classifier[cluster]'"
            ) from exc
    with reported_errors():
        classifier = _loaded_classifier(model)
        if input is not None and output is not None:
            with contextlib.ExitStack() as stack:
                scorer = (
                    stack.enter_context(
                        dask_engine(model=classifier, scheduler=scheduler, workers=dask_workers)
                    )
                    if engine == "dask"
                    else local_engine(classifier, current_settings())
                )
                bar = stack.enter_context(_progress())
                task = bar.add_task(f"predicting ({engine})", total=None)
                summary = predict_csv(
                    input,
                    output,
                    model=classifier,
                    settings=current_settings(),
                    excel=excel,
                    chunk_size=chunk_size,
                    on_chunk=lambda n: bar.update(task, completed=n),
                    engine=scorer,
                )
            read_as = " (read as windows-1255)" if summary.encoding == "cp1255" else ""
            console.print(
                f"wrote {output}: {summary.rows} rows, {summary.predicted} predicted{read_as}"
            )
            if summary.skipped_lines:
                shown = ", ".join(map(str, summary.skipped_lines[:20]))
                err.print(f"[yellow]warning:[/] empty text, not predicted, at line(s) {shown}")
            return
        if eml is not None:
            message = read_eml(eml.read_bytes())
        else:
            if not (text or "").strip():
                raise fail("the text is empty")
            message = read_text(text or "", subject=subject)
        response = respond(message, model=classifier, settings=current_settings())
    result, advice = response.prediction, response.advice
    if as_json:
        console.print_json(json.dumps(to_dict(response, message), ensure_ascii=False))
        return
    flag = " [yellow](uncertain)[/]" if result.uncertain else ""
    console.print(
        f"[bold]{result.label}[/] {result.confidence:.2f}{flag}   language: {result.language}"
        + (f"   topic: {result.topic}" if result.topic else "")
    )
    for label, p in sorted(result.probabilities.items(), key=lambda kv: -kv[1]):
        console.print(f"  {label:<12} {p:.3f} " + "█" * round(p * 30))
    if result.uncertain_reason:
        console.print(f"[yellow]uncertain:[/] {result.uncertain_reason}")
    if result.explanation:
        console.print(
            "because of: " + ", ".join(f"{t.term} ({t.weight:+.2f})" for t in result.explanation)
        )
    console.print(f"\n{advice.note}", highlight=False)
    if response.asks.items:
        console.print(
            "asks: "
            + "; ".join(f"{a.kind.value}/{a.subtype}: {a.text}" for a in response.asks.items),
            highlight=False,
            markup=False,
        )
    for number, reply in enumerate(advice.suggestions, start=1):
        fields = f", {len(reply.blanks)} field(s) to fill" if reply.blanks else ""
        console.print(f"\n[bold]reply {number}[/] ({reply.technique}, seed {reply.seed}{fields})")
        console.print(reply.text, highlight=False, markup=False)


@models_app.command("list")
def models_list() -> None:
    """List model versions, newest last; the current one is marked."""
    registry = model_registry()
    versions = registry.versions()
    if not versions:
        console.print("no models yet: run `make train`")
        return
    current = registry.current_version()
    table = Table("")
    # Never cut a version name: it is what `models use` takes.
    table.add_column("version", no_wrap=True, min_width=max(len(v) for v in versions))
    for header in ("created", "rows", "CV macro-F1", "ECE"):
        table.add_column(header)
    for version in versions:
        meta = registry.metadata(version)
        cv = meta.get("metrics", {}).get("grouped_cv", {}).get("client_type", {})
        table.add_row(
            "*" if version == current else "",
            version,
            str(meta.get("created_at", ""))[:19],
            str(meta.get("data", {}).get("rows", "")),
            f"{cv['macro_f1']:.3f}" if cv else "-",
            f"{cv['ece']:.3f}" if cv else "-",
        )
    console.print(table)


@models_app.command("use")
def models_use(
    version: Annotated[str, typer.Argument(help="The version to make current.")],
) -> None:
    """Make VERSION the current model (after verifying its checksum)."""
    with reported_errors():
        model_registry().use(version)
    console.print(f"current model is now [bold]{version}[/]")


@models_app.command("sign")
def models_sign(
    version: Annotated[str | None, typer.Argument(help="The version to sign.")] = None,
    every: Annotated[
        bool,
        typer.Option("--all", help="Sign every version in the models directory.", metavar=FLAG),
    ] = False,
) -> None:
    """Sign versions with CLIENT_CLASSIFIER_MODEL_SIGNING_KEY, so a service with the key loads them.

    Sign only versions you trained yourself: the signature says the file is yours, so signing
    everything that happens to lie in the directory would vouch for whatever was put there.
    """
    registry = model_registry()
    if registry.signing_key is None:
        raise fail("set CLIENT_CLASSIFIER_MODEL_SIGNING_KEY first")
    if (version is None) == (not every):
        raise fail("name one version to sign, or give --all")
    with reported_errors():
        for name in registry.versions() if every else [version or ""]:
            registry.sign_version(name)
            console.print(f"signed [bold]{name}[/]")


@models_app.command("rollback")
def models_rollback() -> None:
    """Make the version before the current one current again."""
    registry = model_registry()
    previous = registry.previous_version()
    if previous is None:
        raise fail("there is no earlier version to roll back to")
    with reported_errors():
        registry.use(previous)
    console.print(f"rolled back: current model is now [bold]{previous}[/]")


@app.command()
def tune(
    data: Annotated[
        list[Path], typer.Option("--data", help="Labeled CSV(s) to tune on (training data only).")
    ],
    apply: Annotated[
        bool,
        typer.Option("--apply", help="Write the best values into the config file.", metavar=FLAG),
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Choose hyperparameters from the config's [tuning] grid by grouped cross-validation."""
    from classifier.dataset import read_labeled_csvs
    from classifier.tuning import render_report, write_best
    from classifier.tuning import tune as run_tuning

    model_config, config_path = _config(config)
    settings = current_settings()
    with reported_errors(), _progress() as bar:
        frame = read_labeled_csvs(data)
        task = bar.add_task("tuning", total=None)
        candidates = run_tuning(
            frame,
            model_config,
            n_jobs=settings.n_jobs,
            progress=lambda _s, done, total: bar.update(task, completed=done, total=total),
        )
    report = settings.resolve(settings.reports_dir) / "tuning.md"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(
        render_report(
            candidates, data=", ".join(map(str, data)), folds=model_config.evaluation.folds
        ),
        encoding="utf-8",
    )
    best = candidates[0]
    console.print(
        f"best: {best.params} macro-F1 {best.mean_f1:.4f} ± {best.std_f1:.4f}; report: {report}"
    )
    if apply:
        write_best(config_path, best.params)
        console.print(f"wrote the best values into {config_path}")


@data_app.command("build")
def data_build(config: ConfigOption = None) -> None:
    """Build data/processed/{corpus,train,test}.csv from the immutable raw data."""
    from classifier.corpus import build_corpus

    model_config, _ = _config(config)
    settings = current_settings()
    with reported_errors():
        summary = build_corpus(model_config, root=settings.project_dir)
    console.print(
        f"corpus: {summary.rows} rows -> {summary.corpus}\n"
        f"train: {summary.train_rows} rows -> {summary.train}\ntest: {summary.test_rows} rows -> {summary.test}"
    )


@data_app.command("stats")
def data_stats(
    config: ConfigOption = None,
    data: Annotated[
        list[Path] | None,
        typer.Option("--data", help="Labeled CSV(s) to describe (default: the repository corpus)."),
    ] = None,
) -> None:
    """Print the counts of the corpus (the data card's tables), or of given files, as markdown."""
    from classifier.corpus import load_corpus, stats_markdown

    model_config, _ = _config(config)
    with reported_errors():
        frame = (
            read_labeled_csvs(data)
            if data
            else load_corpus(model_config, root=current_settings().project_dir)
        )
    print(stats_markdown(frame))  # plain print: markdown meant for piping into a file


@data_app.command("audit")
def data_audit(
    output: Annotated[Path, typer.Option("--output", help="CSV of flagged rows to review.")] = Path(
        "reports/label-audit.csv"
    ),
    config: ConfigOption = None,
) -> None:
    """Flag likely label errors (cleanlab on grouped out-of-fold probabilities) for review."""
    from classifier.corpus import audit_labels, load_corpus

    model_config, _ = _config(config)
    settings = current_settings()
    with reported_errors():
        frame = load_corpus(model_config, root=settings.project_dir)
        flagged = audit_labels(frame, model_config, n_jobs=settings.n_jobs)
    output.parent.mkdir(parents=True, exist_ok=True)
    columns = ["id", "batch", "label", "suggested", "label_quality", "topic", "subject", "text"]
    flagged[columns].to_csv(output, index=False, encoding="utf-8")
    console.print(f"{len(flagged)} of {len(frame)} rows flagged -> {output}")


def _feedback_store() -> FeedbackStore:
    from classifier.feedback import FeedbackStore

    return FeedbackStore(current_settings().feedback_url())


@feedback_app.command("export")
def feedback_export(
    output: Annotated[Path, typer.Option("--output", help="CSV in the training format.")],
) -> None:
    """Write the stored corrections as a training CSV (train accepts it with --data)."""
    with reported_errors():
        rows = _feedback_store().export_csv(output)
    console.print(f"wrote {rows} correction(s) to {output}")


@feedback_app.command("purge")
def feedback_purge(
    days: Annotated[
        int | None,
        typer.Option(
            "--older-than-days",
            min=0,
            help="Delete corrections older than this many days (0: all). Default: the retention setting.",
        ),
    ] = None,
) -> None:
    """Delete corrections older than the retention period."""
    keep = current_settings().feedback_retention_days if days is None else days
    removed = _feedback_store().purge_older_than(keep)
    console.print(f"deleted {removed} correction(s) older than {keep} days")


@feedback_app.command("delete")
def feedback_delete(
    feedback_id: Annotated[
        str, typer.Argument(help="The id from POST /v1/feedback or the export (6 or feedback-6).")
    ],
) -> None:
    """Delete one correction (for example on a person's request)."""
    number = feedback_id.removeprefix("feedback-")
    if not number.isdigit():
        raise fail(f"not a correction id: {feedback_id!r} (give 6 or feedback-6)")
    if not _feedback_store().delete(int(number)):
        raise fail(f"no correction with id {number}")
    console.print(f"deleted correction {number}")


@feedback_app.command("list")
def feedback_list(
    limit: Annotated[int, typer.Option("--limit", min=1, help="Newest corrections to show.")] = 50,
) -> None:
    """List the stored corrections, newest first (id, time, labels, the text's start)."""
    with reported_errors():
        rows = _feedback_store().latest(limit)
    if not rows:
        console.print("no corrections stored")
        return
    table = Table("id", "stored", "label", "was", "topic", "text")
    for row in rows:
        preview = " ".join(row.text.split())
        table.add_row(
            str(row.id),
            row.created_at.strftime("%Y-%m-%d %H:%M"),
            row.label,
            row.predicted_label or "",
            row.topic or "",
            preview[:40] + ("…" if len(preview) > 40 else ""),
        )
    console.print(table)


# ----- client memory ------------------------------------------------------------------------------
clients_app = typer.Typer(
    help="Client memory: the clients in the history, most urgent first; show, export, delete.",
    no_args_is_help=True,
)
app.add_typer(clients_app, name="clients")
LangOption = Annotated[
    str, typer.Option("--lang", help="Language of type names and notes: he or en.")
]


@contextmanager
def memory_errors() -> Iterator[None]:
    """Client memory's expected errors as messages and exit codes (imported only when used, so
    the other commands do not load the migrations)."""
    from classifier.history import HistoryError
    from classifier.importers import ImportFormatError
    from classifier.owner import OwnerError

    try:
        yield
    except (ImportFormatError, HistoryError, OwnerError) as exc:
        raise fail(str(exc)) from exc


@contextmanager
def owner_store() -> Iterator[OwnerStore]:
    """The owner settings and client history of this run's settings, closed afterwards."""
    from classifier.owner import OwnerStore

    settings = current_settings()
    store = OwnerStore.open(settings.history_url(), default_name=settings.provider_name)
    try:
        yield store
    finally:
        store.dispose()


def _check_lang(lang: str) -> str:
    from classifier.lang import codes

    if lang not in codes():
        raise fail(f"--lang is one of {', '.join(codes())}, not {lang!r}")
    return lang


@app.command("import")
def import_history(
    path: Annotated[
        Path,
        typer.Argument(
            help="A WhatsApp export (.txt or .zip), an mbox, an .eml (or a folder "
            "of them) or a CSV of messages."
        ),
    ],
    owner: Annotated[
        str | None,
        typer.Option(
            "--owner",
            help="Your name, address or phone as the file writes it (default: the names in "
            "the owner settings, then CLIENT_CLASSIFIER_PROVIDER_NAME).",
        ),
    ] = None,
    tz: Annotated[
        str, typer.Option("--tz", help="Time zone of times written without one.")
    ] = "Asia/Jerusalem",
) -> None:
    """Import a chat or mailbox into client history: classify the clients' messages and store them.

    Importing is an explicit act, so it stores even while history is off in the owner
    settings (the service records nothing then). Texts are stored only with keep_texts on;
    messages older than the retention period are not stored. Importing the same file again
    adds nothing.
    """
    from classifier.importers import MAX_FILE_BYTES
    from classifier.memory import import_into_history

    settings = current_settings()
    with reported_errors(), memory_errors(), owner_store() as store:
        consent = store.load()
        model = _loaded_classifier(None)
        with _progress() as bar:
            task = bar.add_task("classifying", total=None)
            report = import_into_history(
                path,
                owner=owner,
                tz=tz,
                store=store.history,
                owner_settings=consent,
                model=model,
                settings=settings,
                max_bytes=MAX_FILE_BYTES,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    for problem in report.problems:
        where = f"{problem.source}:{problem.line}" if problem.line else problem.source
        err.print(f"[yellow]not imported:[/] {where}: {problem.reason}", highlight=False)
    console.print(
        f"{report.format}: [bold]{report.read}[/] messages read, [bold]{report.new}[/] new, "
        f"{report.already} already there, {report.too_old} older than "
        f"{report.retention_days} days, {report.unattributed} of yours not tied to a client; "
        f"{report.skipped} system lines skipped, {len(report.problems)} problem(s); "
        f"{report.clients} client(s), {report.owner_messages} message(s) of yours",
        highlight=False,
    )
    if report.read and not report.owner_messages:
        err.print(
            "[yellow]note:[/] no message was recognised as yours; give --owner as your name "
            "appears in the file"
        )
    if not consent.keep_history:
        err.print(
            "[yellow]note:[/] history is off in the owner settings: the service records "
            "nothing and lists no client until you turn keep_history on"
        )
    if not consent.keep_texts:
        console.print("texts were not stored (keep_texts is off): types, topics and times only")


@app.command("owner")
def owner_settings(
    keep_history: Annotated[
        bool | None,
        typer.Option(
            "--keep-history/--no-keep-history",
            help="Record client history (off until turned on; off keeps what is stored).",
            metavar=FLAG,
        ),
    ] = None,
    keep_texts: Annotated[
        bool | None,
        typer.Option(
            "--keep-texts/--no-keep-texts",
            help="Keep what messages say; --no-keep-texts erases every stored text.",
            metavar=FLAG,
        ),
    ] = None,
    retention_days: Annotated[
        int | None,
        typer.Option("--retention-days", min=1, max=3650, help="Purge messages older than this."),
    ] = None,
) -> None:
    """Show the owner settings; with options, change the consent for client memory first.

    Names, signatures and commitments are edited on the service's settings page (/settings) or
    with PUT /v1/owner.
    """
    changes = {
        name: value
        for name, value in (
            ("keep_history", keep_history),
            ("keep_texts", keep_texts),
            ("history_retention_days", retention_days),
        )
        if value is not None
    }
    from classifier.owner import OwnerSettings

    with reported_errors(), memory_errors(), owner_store() as store:
        if changes:
            # Change what was saved, not the defaults filled in on loading.
            saved = store.stored() or OwnerSettings()
            store.save(OwnerSettings.model_validate({**saved.model_dump(), **changes}))
        current = store.load()
    console.print_json(current.model_dump_json())


@clients_app.command("list")
def clients_list(lang: LangOption = "he") -> None:
    """The clients, most urgent first: dormant, then souring, then those with warning signs."""
    from datetime import UTC, datetime

    from classifier.lang import get_pack
    from classifier.memory import PROFILE_RULES

    names = get_pack(_check_lang(lang)).type_names
    with reported_errors(), memory_errors(), owner_store() as store:
        rows = store.history.clients(rules=PROFILE_RULES, now=datetime.now(UTC))
    if not rows:
        console.print("no clients stored: import a chat or mailbox with `client-classifier import`")
        return
    table = Table("id", "name", "messages", "latest type", "last message", "days silent",
                  "dormant", "warning signs")  # fmt: skip
    for row in rows:
        table.add_row(
            str(row.id),
            row.name or row.key.split(":", 1)[1],
            str(row.messages),
            names.get(row.latest_label, row.latest_label) if row.latest_label else "-",
            row.last_message_at.strftime("%Y-%m-%d") if row.last_message_at else "-",
            str(int(row.days_silent)) if row.days_silent is not None else "-",
            "yes" if row.dormant else "",
            ", ".join(str(kind) for kind in row.warning_signs)
            + (" (souring)" if row.trend == "souring" else ""),
        )
    console.print(table)


@clients_app.command("show")
def clients_show(
    client_id: Annotated[int, typer.Argument(help="The id from `clients list`.")],
    lang: LangOption = "he",
) -> None:
    """One client: profile, warning signs with the messages behind them, timeline, and for a
    dormant client suggested re-engaging replies."""
    from datetime import UTC, datetime

    from classifier.lang import get_pack
    from classifier.memory import client_profile, re_engage

    code = _check_lang(lang)
    names = get_pack(code).type_names
    settings = current_settings()
    with reported_errors(), memory_errors(), owner_store() as store:
        record = store.history.client(client_id)
        if record is None:
            raise fail(f"no client with id {client_id}")
        consent = store.load()
        profile = client_profile(record, now=datetime.now(UTC))
        again = None
        if profile.dormant:
            try:
                model: ClientClassifier | None = _loaded_classifier(None)
            except ModelError as exc:
                err.print(f"[yellow]no re-engaging replies:[/] {exc}")
                model = None
            again = re_engage(
                record, profile, model=model, settings=settings, owner_settings=consent
            )

    def type_name(label: str | None) -> str:
        return names.get(label, label) if label else "-"

    console.print(
        f"[bold]{record.name or record.key}[/] ({record.key}), client {record.id}", highlight=False
    )
    gap = f"{profile.usual_gap_days:.1f}" if profile.usual_gap_days is not None else "-"
    silent = str(int(profile.days_silent)) if profile.days_silent is not None else "-"
    console.print(
        f"{profile.messages} messages ({profile.client_messages} from the client); latest type "
        f"{type_name(profile.latest_label)}; trend {profile.trend}; usual gap {gap} days; "
        f"silent {silent} days"
        + ("; your last message awaits an answer" if profile.owner_waiting else ""),
        highlight=False,
    )
    if profile.dormant_reason:
        console.print(f"[bold yellow]dormant:[/] {profile.dormant_reason[code]}", highlight=False)
    by_id = {item.id: item for item in record.timeline}
    for sign in profile.warning_signs:
        console.print(f"[bold red]warning:[/] {sign.message[code]}", highlight=False)
        for message_id in sign.evidence:
            item = by_id.get(message_id)
            if item is not None:
                console.print(
                    f"    {_timeline_line(item, type_name)}", highlight=False, markup=False
                )
    if profile.ending_note:
        console.print(f"\n{profile.ending_note[code]}", highlight=False)
    console.print("\n[bold]timeline[/]")
    for item in record.timeline:
        console.print(f"  {_timeline_line(item, type_name)}", highlight=False, markup=False)
    if again is not None:
        console.print(f"\n[bold]re-engaging replies[/] ({again.based_on})")
        for number, reply in enumerate(again.advice.suggestions, start=1):
            console.print(f"\n[bold]reply {number}[/] ({reply.technique}, seed {reply.seed})")
            console.print(reply.text, highlight=False, markup=False)


def _timeline_line(item: TimelineItem, type_name: Callable[[str | None], str]) -> str:
    """One timeline message on one line: when, who, type, topic, and the text's start if kept."""
    who = "client" if item.direction == "in" else "you"
    what = type_name(item.label) if item.direction == "in" else ""
    text = " ".join((item.text or "").split())
    preview = text[:60] + ("…" if len(text) > 60 else "")
    parts = [
        f"#{item.id}",
        item.sent_at.strftime("%Y-%m-%d %H:%M"),
        who,
        what,
        item.topic or "",
        preview,
    ]
    return "  ".join(part for part in parts if part)


@clients_app.command("delete")
def clients_delete(
    client_id: Annotated[int, typer.Argument(help="The id from `clients list`.")],
    yes: Annotated[
        bool, typer.Option("--yes", help="Do not ask for confirmation.", metavar=FLAG)
    ] = False,
) -> None:
    """Delete a client and every message about them (for example on their request)."""
    with reported_errors(), memory_errors(), owner_store() as store:
        record = store.history.client(client_id)
        if record is None:
            raise fail(f"no client with id {client_id}")
        if not yes and not typer.confirm(
            f"delete client {client_id} and all {len(record.timeline)} of their messages?"
        ):
            raise fail("nothing deleted")
        store.history.delete_client(client_id)
    console.print(f"deleted client {client_id} and {len(record.timeline)} message(s)")


@clients_app.command("export")
def clients_export(
    client_id: Annotated[int, typer.Argument(help="The id from `clients list`.")],
    output: Annotated[Path, typer.Option("--output", help="Where to write the JSON.")],
) -> None:
    """Write everything stored about one client as JSON (for a data-access request)."""
    with reported_errors(), memory_errors(), owner_store() as store:
        try:
            data = store.history.export_client(client_id)
        except KeyError as exc:
            raise fail(f"no client with id {client_id}") from exc
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    console.print(f"wrote client {client_id} to {output}")


if __name__ == "__main__":  # pragma: no cover
    app()
